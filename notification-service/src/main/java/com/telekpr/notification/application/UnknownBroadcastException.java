package com.telekpr.notification.application;

import java.util.UUID;

/** No broadcast has this id. The API answers 404. */
public class UnknownBroadcastException extends RuntimeException {
    public UnknownBroadcastException(UUID id) {
        super("no broadcast " + id);
    }
}
