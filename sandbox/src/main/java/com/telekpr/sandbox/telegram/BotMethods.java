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
 * chat id, a forced failure, the parameter checks, a blocked user, then flood control under the chat's lock; a
 * call stopped at any gate takes no rate token and leaves no trace but its count.
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
        add("getMe", request -> BotAnswer.of(TelegramJson.me(state.bot)));
        add("sendMessage", plain(this::sendMessage));
        add("editMessageText", plain(this::editMessageText));
        add("sendDocument", plain(this::sendDocument));
        add("answerCallbackQuery", plain(this::answerCallbackQuery));
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
        String text = MessageChecks.text(request);
        String parseMode = MessageChecks.parseMode(request);
        List<List<Button>> keyboard = MessageChecks.inlineKeyboard(request);
        refuseIfBlocked(chatId);
        SentMessage sent = state.chat(chatId).append((id, nanos, at) -> new SentMessage(chatId, id, "sendMessage",
                text, parseMode, null, null, 0, null, keyboard, nanos, at), () -> state.limiter.acquire(chatId));
        state.arrived();
        return TelegramJson.message(sent, state.bot, null, state.user(chatId).orElse(null));
    }

    private JsonNode editMessageText(BotRequest request) {
        long chatId = MessageChecks.chatId(request);
        long messageId = MessageChecks.messageId(request);
        throwForcedFailure(chatId);
        String text = MessageChecks.text(request);
        String parseMode = MessageChecks.parseMode(request);
        List<List<Button>> keyboard = MessageChecks.inlineKeyboard(request);
        refuseIfBlocked(chatId);
        SentMessage edited = state.chat(chatId).edit(messageId, text, parseMode, keyboard,
                () -> state.limiter.acquire(chatId));
        state.arrived();
        return TelegramJson.message(edited, state.bot, Instant.now(), state.user(chatId).orElse(null));
    }

    private JsonNode sendDocument(BotRequest request) {
        long chatId = MessageChecks.chatId(request);
        throwForcedFailure(chatId);
        String caption = MessageChecks.caption(request);
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
        refuseIfBlocked(chatId);
        SentMessage sent = state.chat(chatId).append((id, nanos, at) -> new SentMessage(chatId, id, "sendDocument",
                null, parseMode, caption, file.fileName(), file.content().length, file.content(), keyboard, nanos, at),
                () -> state.limiter.acquire(chatId));
        state.arrived();
        return TelegramJson.message(sent, state.bot, null, state.user(chatId).orElse(null));
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
