package com.telekpr.gateway.application;

import java.util.UUID;

/** An admin or operator cannot be erased: the audit and their orders name them; take the role away first. */
public class StaffUserException extends RuntimeException {
    public StaffUserException(UUID id) {
        super("user " + id + " is an admin or operator; take their role away (promote to none) before erasing them");
    }
}
