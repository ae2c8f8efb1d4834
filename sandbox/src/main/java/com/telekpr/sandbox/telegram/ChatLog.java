package com.telekpr.sandbox.telegram;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * One chat as the bot sees it: the messages it received in order, their current content, and the edits. Every
 * change runs under the chat's lock together with the rate-limit admission, so message ids, the order of the
 * log and the token taken always agree even when many requests for the chat race.
 */
final class ChatLog {
    /** Builds the record of a new message once its id and arrival time are known. */
    interface NewMessage {
        SentMessage create(long messageId, long receivedAtNanos, Instant receivedAt);
    }

    private final long chatId;
    private long lastMessageId;
    private final List<SentMessage> received = new ArrayList<>();
    private final Map<Long, SentMessage> current = new HashMap<>();
    private final List<MessageEdit> edits = new ArrayList<>();
    /** When each rate-limited call (send, document, edit) was accepted, in order. */
    private final List<Long> acceptedAtNanos = new ArrayList<>();

    ChatLog(long chatId) {
        this.chatId = chatId;
    }

    /**
     * Runs {@code admit} (which throws to refuse, and answers the nanoTime it admitted at) and, if it passes,
     * records the message under the next id.
     */
    synchronized SentMessage append(NewMessage message, LongSupplier admit) {
        long now = admit.getAsLong();
        SentMessage sent = message.create(lastMessageId + 1, now, Instant.now());
        lastMessageId = sent.messageId();
        received.add(sent);
        current.put(sent.messageId(), sent);
        acceptedAtNanos.add(now);
        return sent;
    }

    /** Telegram's checks for editing a text message, then {@code admit}, then the edit; answers the edited message. */
    synchronized SentMessage edit(long messageId, String text, String parseMode, List<List<Button>> keyboard,
            LongSupplier admit) {
        SentMessage before = current.get(messageId);
        if (before == null) {
            throw BotApiError.badRequest("message to edit not found");
        }
        if (before.isDocument()) {
            throw BotApiError.badRequest("there is no text in the message to edit");
        }
        if (Objects.equals(before.text(), text) && before.keyboard().equals(keyboard)) {
            throw BotApiError.badRequest("message is not modified: specified new message content and reply markup are "
                    + "exactly the same as a current content and reply markup of the message");
        }
        long now = admit.getAsLong();
        SentMessage after = before.edited(text, parseMode, keyboard);
        current.put(messageId, after);
        edits.add(new MessageEdit(chatId, messageId, before.text(), text, before.keyboard(), keyboard, now, Instant.now()));
        acceptedAtNanos.add(now);
        return after;
    }

    synchronized List<SentMessage> received() {
        return List.copyOf(received);
    }

    synchronized Optional<SentMessage> current(long messageId) {
        return Optional.ofNullable(current.get(messageId));
    }

    synchronized List<MessageEdit> edits() {
        return List.copyOf(edits);
    }

    synchronized List<Long> acceptedAtNanos() {
        return List.copyOf(acceptedAtNanos);
    }
}
