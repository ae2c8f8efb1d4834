package com.telekpr.notification.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.telekpr.events.Button;
import com.telekpr.events.EnvelopeCodec;
import com.telekpr.events.MessageTypes;
import com.telekpr.events.NotificationCommand;
import java.util.List;

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

    /** A keyboard as a SendMessage payload holds it, for SQL that builds payloads itself. */
    public static String keyboard(List<List<Button>> rows) {
        try {
            return EnvelopeCodec.json().writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a keyboard", e);
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
