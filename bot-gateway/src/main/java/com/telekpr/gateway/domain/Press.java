package com.telekpr.gateway.domain;

import com.telekpr.events.Button;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The callback data of a button, at most 64 bytes: {@code kind:action[:arg]}. Conversation buttons have
 * kind {@code w<version>} (e.g. {@code w12:skip}); the others name their desk ({@code ord:c:<order id>}) and
 * carry ids that are checked against the presser on every press.
 */
public record Press(String kind, long version, String action, String arg) {
    public static final int MAX_BYTES = 64;
    private static final Press NONE = new Press("", -1, "", "");

    public static Press parse(String data) {
        if (data == null || data.isEmpty()) {
            return NONE;
        }
        String[] parts = data.split(":", 3);
        String kind = parts[0];
        long version = -1;
        if (kind.length() > 1 && kind.charAt(0) == 'w' && kind.substring(1).chars().allMatch(Character::isDigit)
                && kind.length() < 19) {
            version = Long.parseLong(kind.substring(1));
            kind = "w";
        }
        return new Press(kind, version, parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : "");
    }

    public boolean isConversation() {
        return "w".equals(kind);
    }

    /** The argument as an id, or null when it is not one (a forged or mangled button). */
    public UUID argAsId() {
        try {
            return UUID.fromString(arg);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** A conversation button for the turn being decided. */
    public static Button step(Request request, String label, String action) {
        return button(label, "w" + request.nextVersion() + ":" + action);
    }

    public static Button step(Request request, String label, String action, String arg) {
        return step(request, label, action + ":" + arg);
    }

    /** A desk button, valid as long as the ids in it belong to the presser. */
    public static Button desk(String label, String kind, String action, Object arg) {
        return button(label, kind + ":" + action + (arg == null ? "" : ":" + arg));
    }

    private static Button button(String label, String data) {
        if (data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("callback data over " + MAX_BYTES + " bytes: " + data);
        }
        return Button.callback(label, data);
    }
}
