package com.telekpr.order.application;

import java.util.UUID;

public class ProfileInUseException extends RuntimeException {
    public ProfileInUseException(UUID profileId, long openOrders) {
        super("customer profile " + profileId + " has " + openOrders + " unfinished order(s);"
                + " it can be deleted once they are completed or cancelled");
    }
}
