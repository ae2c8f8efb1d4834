package com.telekpr.order.application;

/** Something asked for that does not exist, or that the asker may not see: the API answers 404 either way. */
public abstract class NotFoundException extends RuntimeException {
    protected NotFoundException(String message) {
        super(message);
    }
}
