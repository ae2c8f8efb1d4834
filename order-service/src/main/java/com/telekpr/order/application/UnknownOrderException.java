package com.telekpr.order.application;

import java.util.UUID;

/** No such order, or not one of the asking user's: the same answer, so that ids do not leak. */
public class UnknownOrderException extends NotFoundException {
    public UnknownOrderException(UUID orderId) {
        super("no order " + orderId);
    }
}
