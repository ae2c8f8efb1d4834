package com.telekpr.order.application;

import java.util.UUID;

/** No such live profile, or not one the asker may see: the same answer, so that ids do not leak. */
public class UnknownProfileException extends NotFoundException {
    public UnknownProfileException(UUID profileId) {
        super("no customer profile " + profileId);
    }
}
