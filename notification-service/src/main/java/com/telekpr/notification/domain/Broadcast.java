package com.telekpr.notification.domain;

import java.util.EnumSet;
import java.util.UUID;

/**
 * An announcement to every reachable user, or to the admins only in test mode (product.md §8.6). Knows
 * its rules and its status; who receives it and how fast is the sender's business.
 */
public final class Broadcast {
    public static final int MAX_MESSAGE = 3900;
    public static final int MAX_TITLE = 120;
    public static final int MAX_EMOJI = 16;

    private final UUID id;
    private final String title;
    private final String message;
    private final String emoji;
    private final boolean testMode;
    private final BroadcastButton button;
    private BroadcastStatus status;

    /** {@code button}: the link under the text, or null for none. */
    public Broadcast(UUID id, String title, String message, String emoji, boolean testMode, BroadcastButton button,
                     BroadcastStatus status) {
        this.id = id;
        this.title = title;
        this.message = message;
        this.emoji = emoji;
        this.testMode = testMode;
        this.button = button;
        this.status = status;
    }

    public static Broadcast draft(UUID id, String title, String message, String emoji, boolean testMode) {
        return draft(id, title, message, emoji, testMode, null);
    }

    /** A new draft; refuses a missing title or message, and a message over 3,900 characters (saying how long it is). */
    public static Broadcast draft(UUID id, String title, String message, String emoji, boolean testMode,
                                  BroadcastButton button) {
        String cleanTitle = title == null ? "" : title.strip();
        String cleanEmoji = emoji == null ? "" : emoji.strip();
        if (cleanTitle.isEmpty()) {
            throw new InvalidBroadcastException("title", "title is required");
        }
        if (cleanTitle.length() > MAX_TITLE) {
            throw new InvalidBroadcastException("title", "title is " + cleanTitle.length() + " characters; at most "
                    + MAX_TITLE + " are allowed");
        }
        if (message == null || message.isBlank()) {
            throw new InvalidBroadcastException("message", "message is required");
        }
        if (message.length() > MAX_MESSAGE) {
            throw new InvalidBroadcastException("message", "message is " + message.length() + " characters; at most "
                    + MAX_MESSAGE + " are allowed");
        }
        if ((cleanTitle + message + cleanEmoji).indexOf('\u0000') >= 0) {
            throw new InvalidBroadcastException("message", "title, message and emoji must not contain NUL characters");
        }
        if (cleanEmoji.length() > MAX_EMOJI) {
            throw new InvalidBroadcastException("emoji", "emoji is " + cleanEmoji.length() + " characters; at most "
                    + MAX_EMOJI + " are allowed");
        }
        return new Broadcast(id, cleanTitle, message.strip(), cleanEmoji, testMode, button, BroadcastStatus.DRAFT);
    }

    /** Exactly what each recipient will read. */
    public String text() {
        String heading = emoji.isEmpty() ? title : emoji + " " + title;
        return heading + "\n\n" + message;
    }

    public void startSending() {
        move(BroadcastStatus.SENDING, "sent");
    }

    public void cancel() {
        move(BroadcastStatus.CANCELLED, "cancelled");
    }

    /** Nothing left to send: the broadcast is over. Ignored unless it is sending. */
    public boolean finishIfSending() {
        if (status != BroadcastStatus.SENDING) {
            return false;
        }
        status = BroadcastStatus.COMPLETED;
        return true;
    }

    private void move(BroadcastStatus to, String action) {
        if (!status.next().contains(to)) {
            var from = EnumSet.noneOf(BroadcastStatus.class);
            for (BroadcastStatus candidate : BroadcastStatus.values()) {
                if (candidate.next().contains(to)) {
                    from.add(candidate);
                }
            }
            throw new IllegalTransitionException(action, status, from);
        }
        status = to;
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String message() {
        return message;
    }

    public String emoji() {
        return emoji;
    }

    public boolean testMode() {
        return testMode;
    }

    public BroadcastButton button() {
        return button;
    }

    public BroadcastStatus status() {
        return status;
    }
}
