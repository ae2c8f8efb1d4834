package com.telekpr.sandbox.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import java.time.Instant;
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
    record Method(String name, Function<BotRequest, JsonNode> handler) {
    }

    private final TelegramState state;
    private final Map<String, Method> byLowerCaseName;

    BotMethods(TelegramState state) {
        this.state = state;
        this.byLowerCaseName = Map.of(
                "getme", new Method("getMe", request -> TelegramJson.me(state.bot)),
                "sendmessage", new Method("sendMessage", this::sendMessage),
                "editmessagetext", new Method("editMessageText", this::editMessageText),
                "senddocument", new Method("sendDocument", this::sendDocument),
                "answercallbackquery", new Method("answerCallbackQuery", this::answerCallbackQuery));
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
        return TelegramJson.message(sent, state.bot, null);
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
        return TelegramJson.message(edited, state.bot, Instant.now());
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
        return TelegramJson.message(sent, state.bot, null);
    }

    private JsonNode answerCallbackQuery(BotRequest request) {
        String id = request.string("callback_query_id");
        if (id == null || id.isBlank()) {
            throw BotApiError.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        String text = MessageChecks.callbackAnswerText(request);
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
