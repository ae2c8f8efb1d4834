package com.telekpr.sandbox.telegram;

import java.time.Instant;
import java.util.List;

/**
 * Both sides of one chat as the chat page shows them. {@code version} grows with every message, edit and deletion;
 * asking again with it as {@code after} answers only what changed since. A version lower than the one asked with
 * means the simulator was reset and the entries are the whole chat again.
 */
public record ChatHistory(long chatId, long version, List<Entry> entries) {

    /**
     * One message: exactly one of {@code fromBot} (as it reads now, or last read) and {@code fromUser} is set.
     *
     * @param editedAt when the bot last edited it, or null
     * @param version the version at which it last changed
     * @param deletedAt when {@code deleteMessage} removed it, or null
     */
    public record Entry(long messageId, SentMessage fromBot, UserMessage fromUser, Instant editedAt, long version,
            Instant deletedAt) {
    }
}
