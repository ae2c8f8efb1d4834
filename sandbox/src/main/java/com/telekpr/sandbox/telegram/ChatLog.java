package com.telekpr.sandbox.telegram;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * One chat: the messages the bot sent in order, their current content, the edits and deletions, and what the user
 * wrote, all numbered in one message id sequence as at Telegram. Every change runs under the chat's lock together
 * with the rate-limit admission (or, for the user's messages, the queuing of their update), so message ids, the
 * order of the log, the token taken and the update order always agree even when many requests for the chat race.
 * Each change also bumps a version, so the chat page can fetch only what changed. A deleted message stays in the
 * log (received, history) marked deleted, but is gone for edits, replies, presses and {@link #current}.
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
    private final Map<Long, UserMessage> fromUser = new HashMap<>();
    private final Map<Long, Instant> editedAt = new HashMap<>();
    private final Map<Long, Instant> deletedAt = new HashMap<>();
    private final List<MessageDeletion> deletions = new ArrayList<>();
    /** The version at which each message (either side) last changed. */
    private final Map<Long, Long> changedAt = new HashMap<>();
    private long version;

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
        changedAt.put(sent.messageId(), ++version);
        return sent;
    }

    /** Records what the user wrote under the next id and, still under the lock, hands it to {@code publish}. */
    synchronized UserMessage appendFromUser(FakeUser user, String text, Consumer<UserMessage> publish) {
        UserMessage message = new UserMessage(chatId, ++lastMessageId, user, text, Instant.now());
        fromUser.put(message.messageId(), message);
        changedAt.put(message.messageId(), ++version);
        publish.accept(message);
        return message;
    }

    /** Telegram's checks for editing a text message, then {@code admit}, then the edit; answers the edited message. */
    synchronized SentMessage edit(long messageId, ParsedText text, String parseMode, List<List<Button>> keyboard,
            LongSupplier admit) {
        SentMessage before = editable(messageId);
        if (before.isDocument()) {
            throw BotApiError.badRequest("there is no text in the message to edit");
        }
        if (Objects.equals(before.text(), text.text()) && before.entities().equals(text.entities())
                && before.keyboard().equals(keyboard)) {
            throw notModified();
        }
        return recordEdit(before, before.edited(text, parseMode, keyboard), "editMessageText", admit);
    }

    /** editMessageReplyMarkup: the same checks (any of the bot's messages, documents too), only the keyboard changes. */
    synchronized SentMessage editReplyMarkup(long messageId, List<List<Button>> keyboard, LongSupplier admit) {
        SentMessage before = editable(messageId);
        if (before.keyboard().equals(keyboard)) {
            throw notModified();
        }
        return recordEdit(before, before.withKeyboard(keyboard), "editMessageReplyMarkup", admit);
    }

    private SentMessage editable(long messageId) {
        if (deletedAt.containsKey(messageId)) {
            throw BotApiError.badRequest("message to edit not found");
        }
        if (fromUser.containsKey(messageId)) {
            throw BotApiError.badRequest("message can't be edited");
        }
        SentMessage before = current.get(messageId);
        if (before == null) {
            throw BotApiError.badRequest("message to edit not found");
        }
        return before;
    }

    private static BotApiError notModified() {
        return BotApiError.badRequest("message is not modified: specified new message content and reply markup are "
                + "exactly the same as a current content and reply markup of the message");
    }

    private SentMessage recordEdit(SentMessage before, SentMessage after, String method, LongSupplier admit) {
        long now = admit.getAsLong();
        long messageId = before.messageId();
        current.put(messageId, after);
        edits.add(new MessageEdit(chatId, messageId, before.text(), after.text(), before.keyboard(), after.keyboard(),
                now, Instant.now(), method));
        acceptedAtNanos.add(now);
        editedAt.put(messageId, Instant.now());
        changedAt.put(messageId, ++version);
        return after;
    }

    /** deleteMessage: the bot's messages and, in a private chat, the user's; each only once. */
    synchronized MessageDeletion delete(long messageId) {
        boolean fromUserSide = fromUser.containsKey(messageId);
        if ((!fromUserSide && !current.containsKey(messageId)) || deletedAt.containsKey(messageId)) {
            throw BotApiError.badRequest("message to delete not found");
        }
        MessageDeletion deletion = new MessageDeletion(chatId, messageId, fromUserSide, Instant.now());
        deletedAt.put(messageId, deletion.deletedAt());
        deletions.add(deletion);
        changedAt.put(messageId, ++version);
        return deletion;
    }

    /** Whether a message of either side with this id is in the chat (and not deleted): what a reply may quote. */
    synchronized boolean exists(long messageId) {
        return !deletedAt.containsKey(messageId) && (current.containsKey(messageId) || fromUser.containsKey(messageId));
    }

    /** What the user wrote under this id, unless deleted. */
    synchronized Optional<UserMessage> userMessage(long messageId) {
        return deletedAt.containsKey(messageId) ? Optional.empty() : Optional.ofNullable(fromUser.get(messageId));
    }

    synchronized boolean isDeleted(long messageId) {
        return deletedAt.containsKey(messageId);
    }

    synchronized List<MessageDeletion> deletions() {
        return List.copyOf(deletions);
    }

    /** When the bot last edited the message, if ever. */
    synchronized Optional<Instant> editedAt(long messageId) {
        return Optional.ofNullable(editedAt.get(messageId));
    }

    /**
     * Both sides' messages changed after {@code afterVersion}, in message id order, as they read now. A version
     * this chat never reached comes from before a reset: the caller's copy is stale, so it gets the whole chat.
     */
    synchronized ChatHistory history(long afterVersion) {
        long since = afterVersion > version ? 0 : afterVersion;
        List<ChatHistory.Entry> entries = new ArrayList<>();
        new TreeMap<>(changedAt).forEach((messageId, changed) -> {
            if (changed > since) {
                entries.add(new ChatHistory.Entry(messageId, current.get(messageId), fromUser.get(messageId),
                        editedAt.get(messageId), changed, deletedAt.get(messageId)));
            }
        });
        return new ChatHistory(chatId, version, entries);
    }

    synchronized List<UserMessage> fromUser() {
        return fromUser.values().stream().sorted(Comparator.comparingLong(UserMessage::messageId)).toList();
    }

    synchronized List<SentMessage> received() {
        return List.copyOf(received);
    }

    /** The bot's message as it reads now; empty once deleted. */
    synchronized Optional<SentMessage> current(long messageId) {
        return deletedAt.containsKey(messageId) ? Optional.empty() : Optional.ofNullable(current.get(messageId));
    }

    synchronized List<MessageEdit> edits() {
        return List.copyOf(edits);
    }

    synchronized List<Long> acceptedAtNanos() {
        return List.copyOf(acceptedAtNanos);
    }
}
