package com.telekpr.gateway.application;

import java.util.UUID;

/** No user has this id. The API answers 404. */
public class UnknownUserException extends RuntimeException {
    public UnknownUserException(UUID id) {
        super("no user " + id);
    }
}
