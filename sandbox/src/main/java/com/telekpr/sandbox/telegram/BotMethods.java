package com.telekpr.sandbox.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Bot API methods the sandbox implements. Sends and edits go through the same gates in the same order: the
 * chat id, a forced failure, the parameter checks (text and parse_mode, keyboard, reply), a blocked user, then flood
 * control under the chat's lock; a call stopped at any gate takes no rate token and leaves no trace but its count.
 * Deleting, chat actions and chat lookups are in {@link ChatMethods}, the command menu in {@link CommandMethods}.
 */
final class BotMethods {
    /** A method under its canonical name (the one counted and recorded). */
    record Method(String name, Function<BotRequest, BotAnswer> handler) {
    }

    private final TelegramState state;
    private final Map<String, Method> byLowerCaseName = new HashMap<>();

    BotMethods(TelegramState state) {
        this.state = state;
        var updates = new UpdateMethods(state.updates, state.webhookSender);
        var chats = new ChatMethods(state);
        var commands = new CommandMethods(state.commands);
        add("getMe", request -> BotAnswer.of(TelegramJson.me(state.bot)));
        add("sendMessage", plain(this::sendMessage));
        add("editMessageText", plain(this::editMessageText));
        add("editMessageReplyMarkup", plain(this::editMessageReplyMarkup));
        add("sendDocument", plain(this::sendDocument));
        add("answerCallbackQuery", plain(this::answerCallbackQuery));
        add("deleteMessage", plain(chats::deleteMessage));
        add("sendChatAction", plain(chats::sendChatAction));
        add("getChat", plain(chats::getChat));
        add("setMyCommands", plain(commands::setMyCommands));
        add("getMyCommands", plain(commands::getMyCommands));
        add("deleteMyCommands", plain(commands::deleteMyCommands));
        add("getUpdates", updates::getUpdates);
        add("setWebhook", updates::setWebhook);
        add("deleteWebhook", updates::deleteWebhook);
        add("getWebhookInfo", updates::getWebhookInfo);
    }

    private void add(String name, Function<BotRequest, BotAnswer> handler) {
        byLowerCaseName.put(name.toLowerCase(Locale.ROOT), new Method(name, handler));
    }

    /** A method whose answer is only a result, without a description. */
    private static Function<BotRequest, BotAnswer> plain(Function<BotRequest, JsonNode> handler) {
        return handler.andThen(BotAnswer::of);
    }

    /** Telegram matches method names ignoring case. */
    Optional<Method> find(String name) {
        return Optional.ofNullable(byLowerCaseName.get(name.toLowerCase(Locale.ROOT)));
    }

    private JsonNode sendMessage(BotRequest request) {
        long chatId = MessageChecks.chatId(request);
        throwForcedFailure(chatId);
        ParsedText text = MessageChecks.text(request);
        String parseMode = MessageChecks.parseMode(request);
        List<List<Button>> keyboard = MessageChecks.inlineKeyboard(request);
        ReplyTo replyTo = Replies.resolve(state, chatId, Replies.parse(request));
        refuseIfBlocked(chatId);
        SentMessage sent = state.chat(chatId).append((id, nanos, at) -> new SentMessage(chatId, id, "sendMessage",
                text.text(), parseMode, null, null, 0, null, keyboard, nanos, at, text.entities(), replyTo),
                () -> state.limiter.acquire(chatId));
        state.arrived();
        return MessageViews.message(state, sent, null);
    }

    private JsonNode editMessageText(BotRequest request) {
        long messageId = MessageChecks.editedMessageId(request);
        long chatId = MessageChecks.chatId(request);
        throwForcedFailure(chatId);
        ParsedText text = MessageChecks.text(request);
        String parseMode = MessageChecks.parseMode(request);
        List<List<Button>> keyboard = MessageChecks.inlineKeyboard(request);
        refuseIfBlocked(chatId);
        SentMessage edited = state.chat(chatId).edit(messageId, text, parseMode, keyboard,
                () -> state.limiter.acquire(chatId));
        state.arrived();
        return MessageViews.message(state, edited, Instant.now());
    }

    /** Only the keyboard changes; no reply_markup (or one without inline_keyboard) removes it. */
    private JsonNode editMessageReplyMarkup(BotRequest request) {
        long messageId = MessageChecks.editedMessageId(request);
        long chatId = MessageChecks.chatId(request);
        throwForcedFailure(chatId);
        List<List<Button>> keyboard = MessageChecks.inlineKeyboard(request);
        refuseIfBlocked(chatId);
        SentMessage edited = state.chat(chatId).editReplyMarkup(messageId, keyboard,
                () -> state.limiter.acquire(chatId));
        state.arrived();
        return MessageViews.message(state, edited, Instant.now());
    }

    private JsonNode sendDocument(BotRequest request) {
        long chatId = MessageChecks.chatId(request);
        throwForcedFailure(chatId);
        ParsedText caption = MessageChecks.caption(request);
        String parseMode = MessageChecks.parseMode(request);
        List<List<Button>> keyboard = MessageChecks.inlineKeyboard(request);
        FilePart file = request.file("document");
        if (file == null) {
            // a file_id or URL instead of an upload: the sandbox keeps no files to resend and fetches no URLs
            throw BotApiError.badRequest(request.has("document") ? "wrong file identifier/HTTP URL specified"
                    : "there is no document in the request");
        }
        if (file.content().length == 0) {
            throw BotApiError.badRequest("file must be non-empty");
        }
        ReplyTo replyTo = Replies.resolve(state, chatId, Replies.parse(request));
        refuseIfBlocked(chatId);
        SentMessage sent = state.chat(chatId).append((id, nanos, at) -> new SentMessage(chatId, id, "sendDocument",
                null, parseMode, caption == null ? null : caption.text(), file.fileName(), file.content().length,
                file.content(), keyboard, nanos, at, caption == null ? List.of() : caption.entities(), replyTo),
                () -> state.limiter.acquire(chatId));
        state.arrived();
        return MessageViews.message(state, sent, null);
    }

    private JsonNode answerCallbackQuery(BotRequest request) {
        String id = request.string("callback_query_id");
        if (id == null || id.isBlank()) {
            throw BotApiError.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        String text = MessageChecks.callbackAnswerText(request);
        if (!state.callbackQueries.answer(id)) {
            // never issued, or answered already: Telegram cannot tell the two apart either
            throw BotApiError.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        state.recordAnswer(new CallbackAnswer(id, text, request.flag("show_alert"), request.string("url"),
                Instant.now()));
        return BooleanNode.TRUE;
    }

    private void throwForcedFailure(long chatId) {
        Optional<BotApiError> failure = state.failures.next(chatId);
        if (failure.isPresent()) {
            throw failure.get();
        }
    }

    private void refuseIfBlocked(long chatId) {
        if (state.isBlocked(chatId)) {
            throw BotApiError.forbidden("bot was blocked by the user");
        }
    }
}
