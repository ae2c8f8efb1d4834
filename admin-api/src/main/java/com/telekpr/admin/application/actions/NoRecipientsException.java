package com.telekpr.admin.application.actions;

/** A broadcast whose audience has nobody to reach now: nothing is drafted, and the answer says why. */
public class NoRecipientsException extends RuntimeException {
    public NoRecipientsException(String message) {
        super(message);
    }
}
