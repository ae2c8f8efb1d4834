package com.telekpr.sandbox.telegram;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failures a test forces on the rate-limited calls (send, edit, document), the way the real API sometimes answers
 * 429 or a 5xx with nothing delivered. A chat's own failures are used before the ones for any chat.
 */
final class TelegramFailures {
    private record Pending(int remaining, int httpStatus, int retryAfterSeconds) {
    }

    private Pending anyChat;
    private final Map<Long, Pending> byChat = new HashMap<>();

    synchronized void failNext(int count, int httpStatus, int retryAfterSeconds) {
        anyChat = count > 0 ? new Pending(count, httpStatus, retryAfterSeconds) : null;
    }

    synchronized void failChat(long chatId, int count, int httpStatus, int retryAfterSeconds) {
        if (count > 0) {
            byChat.put(chatId, new Pending(count, httpStatus, retryAfterSeconds));
        } else {
            byChat.remove(chatId);
        }
    }

    /** Uses up one forced failure for a call to {@code chatId}, if any is pending. */
    synchronized Optional<BotApiError> next(long chatId) {
        Pending forChat = byChat.get(chatId);
        if (forChat != null) {
            byChat.compute(chatId, (id, pending) -> countDown(pending));
            return Optional.of(BotApiError.withStatus(forChat.httpStatus, forChat.retryAfterSeconds));
        }
        if (anyChat != null) {
            Pending used = anyChat;
            anyChat = countDown(used);
            return Optional.of(BotApiError.withStatus(used.httpStatus, used.retryAfterSeconds));
        }
        return Optional.empty();
    }

    synchronized void reset() {
        anyChat = null;
        byChat.clear();
    }

    private static Pending countDown(Pending pending) {
        return pending.remaining > 1 ? new Pending(pending.remaining - 1, pending.httpStatus, pending.retryAfterSeconds) : null;
    }
}
