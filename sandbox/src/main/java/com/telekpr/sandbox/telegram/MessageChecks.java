package com.telekpr.sandbox.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The Bot API's parameter checks, each failing with the description the real Telegram gives. */
final class MessageChecks {
    static final int MAX_TEXT = 4096;
    static final int MAX_CAPTION = 1024;
    static final int MAX_CALLBACK_DATA_BYTES = 64;
    static final int MAX_CALLBACK_ANSWER = 200;
    private static final Set<String> PARSE_MODES = Set.of("markdown", "markdownv2", "html", "none");

    private MessageChecks() {
    }

    /** The numeric chat id; usernames (@channel) are chats the sandbox does not know. */
    static long chatId(BotRequest request) {
        if (!request.has("chat_id")) {
            throw BotApiError.badRequest("chat_id is empty");
        }
        try {
            return Long.parseLong(request.string("chat_id").trim());
        } catch (NumberFormatException notNumeric) {
            throw BotApiError.badRequest("chat not found");
        }
    }

    /**
     * The message an edit names. Without chat_id and message_id it would be an inline message, which the sandbox
     * never sends; with a chat but no (numeric, positive) message id there is no such message.
     */
    static long editedMessageId(BotRequest request) {
        if (!request.has("chat_id") && !request.has("message_id")) {
            throw BotApiError.badRequest(request.has("inline_message_id") ? "MESSAGE_ID_INVALID"
                    : "message identifier is not specified");
        }
        chatId(request);
        long id = positive(request.string("message_id"));
        if (id <= 0) {
            throw BotApiError.badRequest("message to edit not found");
        }
        return id;
    }

    /** A message id parameter as the Bot API reads one: 0 when absent, not a number or not positive. */
    static long positive(String value) {
        try {
            return value == null ? 0 : Math.max(0, Long.parseLong(value.trim()));
        } catch (NumberFormatException notNumeric) {
            return 0;
        }
    }

    /**
     * The text as the chat will show it, with its parse_mode applied. An empty text is "message text is empty";
     * one that parses to nothing but whitespace "text must be non-empty"; the 4096 limit counts the characters
     * left after the markup is taken out.
     */
    static ParsedText text(BotRequest request) {
        String raw = request.string("text");
        if (raw == null || raw.isEmpty()) {
            throw BotApiError.badRequest("message text is empty");
        }
        ParsedText text = TextFormatting.format(raw, parseMode(request), false);
        if (text.characters() > MAX_TEXT) {
            throw BotApiError.badRequest("message is too long");
        }
        return text;
    }

    /** The caption with its parse_mode applied, or null when there is none (or nothing but whitespace). */
    static ParsedText caption(BotRequest request) {
        String raw = request.string("caption");
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        ParsedText caption = TextFormatting.format(raw, parseMode(request), true);
        if (caption.characters() > MAX_CAPTION) {
            throw BotApiError.badRequest("message caption is too long");
        }
        return caption.isEmpty() ? null : caption;
    }

    static String parseMode(BotRequest request) {
        String mode = request.string("parse_mode");
        if (mode == null || mode.isEmpty()) {
            return null;
        }
        if (!PARSE_MODES.contains(mode.toLowerCase(Locale.ROOT))) {
            throw BotApiError.badRequest("unsupported parse_mode");
        }
        return mode;
    }

    /** The inline keyboard of reply_markup, validated button by button; empty for no markup or another keyboard kind. */
    static List<List<Button>> inlineKeyboard(BotRequest request) {
        String markup = request.string("reply_markup");
        if (markup == null || markup.isBlank()) {
            return List.of();
        }
        JsonNode root;
        try {
            root = TelegramJson.JSON.readTree(markup);
        } catch (IOException malformed) {
            throw BotApiError.badRequest("can't parse reply keyboard markup JSON object");
        }
        if (root == null || !root.isObject()) {
            throw BotApiError.badRequest("can't parse reply keyboard markup JSON object");
        }
        JsonNode rows = root.get("inline_keyboard");
        if (rows == null) {
            return List.of(); // a reply keyboard, keyboard removal or force reply: accepted, not recorded
        }
        if (!rows.isArray()) {
            throw BotApiError.badRequest("field \"inline_keyboard\" of the InlineKeyboardMarkup should be an Array");
        }
        List<List<Button>> keyboard = new ArrayList<>();
        for (JsonNode row : rows) {
            if (!row.isArray()) {
                throw BotApiError.badRequest("can't parse inline keyboard button: InlineKeyboardButton should be an Array");
            }
            List<Button> buttons = new ArrayList<>();
            row.forEach(button -> buttons.add(button(button)));
            keyboard.add(List.copyOf(buttons));
        }
        return List.copyOf(keyboard);
    }

    private static Button button(JsonNode button) {
        if (!button.path("text").isTextual()) {
            throw BotApiError.badRequest("can't parse inline keyboard button: Field \"text\" must be of type String");
        }
        String data = button.hasNonNull("callback_data") ? button.get("callback_data").asText() : null;
        String url = button.hasNonNull("url") ? button.get("url").asText() : null;
        if (data == null && url == null) {
            throw BotApiError.badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }
        if (data != null && url != null) {
            throw BotApiError.badRequest("BUTTON_TYPE_INVALID");
        }
        if (data != null) {
            int bytes = data.getBytes(StandardCharsets.UTF_8).length;
            if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) {
                throw BotApiError.badRequest("BUTTON_DATA_INVALID");
            }
        } else {
            String lower = url.toLowerCase(Locale.ROOT);
            if (!(lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("tg://"))
                    || lower.indexOf("://") + 3 >= lower.length()) {
                throw BotApiError.badRequest("inline keyboard button URL '" + url + "' is invalid");
            }
        }
        return new Button(button.get("text").asText(), data, url);
    }

    static String callbackAnswerText(BotRequest request) {
        String text = request.string("text");
        if (text != null && text.length() > MAX_CALLBACK_ANSWER) {
            throw BotApiError.badRequest("MESSAGE_TOO_LONG");
        }
        return text;
    }
}
