package com.telekpr.gateway.application;

import com.telekpr.outbox.TransientFailure;

/** Another instance saved a turn of the chat while this one was deciding; the update is decided again. */
public class ConversationMovedOnException extends RuntimeException implements TransientFailure {
    public ConversationMovedOnException(long chatId, long seen, long stored) {
        super("conversation of chat " + chatId + " moved from version " + seen + " to " + stored);
    }
}
