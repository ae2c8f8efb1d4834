package com.telekpr.notification.domain;

/** What Telegram made of one request, in the terms the sender acts on. */
public sealed interface SendOutcome {

    /** Accepted; {@code messageId} is Telegram's id of the message (0 for answers that create none). */
    record Delivered(long messageId) implements SendOutcome {
    }

    /** 429: Telegram says when to try again. */
    record TooManyRequests(int retryAfterSeconds) implements SendOutcome {
    }

    /** 403: the user blocked the bot (or left the chat); nothing more should be sent there. */
    record Blocked(String description) implements SendOutcome {
    }

    /** 5xx or no answer at all: worth trying again later. */
    record Unavailable(String description) implements SendOutcome {
    }

    /** 400 and the like: Telegram will never accept this request. */
    record Refused(String description) implements SendOutcome {
    }
}
