package com.telekpr.notification.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.telekpr.events.EnvelopeCodec;
import com.telekpr.events.MessageTypes;
import com.telekpr.events.NotificationCommand;

/** A queued request is stored as its NotificationCommand in the contract's own JSON, named by its type. */
public final class CommandPayloads {
    private CommandPayloads() {
    }

    public static String write(NotificationCommand command) {
        try {
            return EnvelopeCodec.json().writeValueAsString(command);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + command.getClass().getSimpleName(), e);
        }
    }

    public static NotificationCommand read(String kind, String payload) {
        var type = MessageTypes.byName(kind).orElseThrow(() -> new IllegalStateException("unknown request kind " + kind));
        try {
            return (NotificationCommand) EnvelopeCodec.json().readValue(payload, type.javaType());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable " + kind + " payload", e);
        }
    }
}
