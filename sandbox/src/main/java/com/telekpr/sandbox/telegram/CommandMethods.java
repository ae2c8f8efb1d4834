package com.telekpr.sandbox.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * setMyCommands, getMyCommands and deleteMyCommands: a scope and a language code name a menu. The checks come in
 * the Bot API's order and words: the commands JSON, the scope JSON, the language code, then each command (trimmed,
 * a leading '/' dropped, 1–32 characters, then Telegram's own a-z 0-9 _ rule) and description (trimmed, 1–256).
 */
final class CommandMethods {
    private static final int MAX_COMMANDS = 100;
    private static final Set<String> PLAIN_SCOPES = Set.of("default", "all_private_chats", "all_group_chats",
            "all_chat_administrators");

    private final BotCommands menus;

    CommandMethods(BotCommands menus) {
        this.menus = menus;
    }

    JsonNode setMyCommands(BotRequest request) {
        JsonNode commands = json(request.string("commands"), "commands");
        if (commands != null && !commands.isArray()) {
            throw BotApiError.badRequest("expected an Array of BotCommand");
        }
        List<String[]> raw = new ArrayList<>();
        if (commands != null) {
            for (JsonNode command : commands) {
                if (!command.isObject()) {
                    throw BotApiError.badRequest("can't parse BotCommand: expected an Object");
                }
                raw.add(new String[] {string(command, "command"), string(command, "description")});
            }
        }
        String scope = scope(request);
        String language = language(request);
        List<MenuCommand> menu = new ArrayList<>();
        for (String[] entry : raw) {
            menu.add(trimmed(entry[0], entry[1]));
        }
        // what the Bot API lets through, Telegram's servers judge next
        if (menu.size() > MAX_COMMANDS) {
            throw BotApiError.badRequest("BOT_COMMANDS_TOO_MUCH");
        }
        if (menu.stream().anyMatch(command -> !command.command().matches("[a-z0-9_]+"))) {
            throw BotApiError.badRequest("BOT_COMMAND_INVALID");
        }
        menus.set(scope, language, menu);
        return BooleanNode.TRUE;
    }

    JsonNode getMyCommands(BotRequest request) {
        String scope = scope(request);
        ArrayNode answer = TelegramJson.JSON.createArrayNode();
        menus.get(scope, language(request)).forEach(command -> answer.addObject().put("command", command.command())
                .put("description", command.description()));
        return answer;
    }

    JsonNode deleteMyCommands(BotRequest request) {
        String scope = scope(request);
        menus.set(scope, language(request), List.of());
        return BooleanNode.TRUE;
    }

    /** TDLib's checks: trimmed, a leading '/' dropped, 1–32 characters; the description trimmed, 1–256. */
    private static MenuCommand trimmed(String rawCommand, String rawDescription) {
        String command = rawCommand.strip();
        if (command.startsWith("/")) {
            command = command.substring(1);
        }
        if (command.isEmpty()) {
            throw BotApiError.badRequest("command must be non-empty");
        }
        if (command.codePointCount(0, command.length()) > 32) {
            throw BotApiError.badRequest("command length must not exceed 32");
        }
        String description = rawDescription.strip();
        if (description.isEmpty()) {
            throw BotApiError.badRequest("command description must be non-empty");
        }
        if (description.codePointCount(0, description.length()) > 256) {
            throw BotApiError.badRequest("command description length must not exceed 256");
        }
        return new MenuCommand(command, description);
    }

    /** The scope's key (see {@link BotCommands}); no scope is the default one. */
    private static String scope(BotRequest request) {
        JsonNode scope = json(request.string("scope"), "BotCommandScope");
        if (scope == null) {
            return "default";
        }
        if (!scope.isObject()) {
            throw scopeError("BotCommandScope must be an Object");
        }
        String type = scopeField(scope, "type");
        if (PLAIN_SCOPES.contains(type)) {
            return type;
        }
        if (!type.equals("chat") && !type.equals("chat_administrators") && !type.equals("chat_member")) {
            throw scopeError("Unsupported type specified");
        }
        String chatId = scopeField(scope, "chat_id");
        if (chatId.isEmpty()) {
            throw scopeError("Empty chat_id specified");
        }
        long chat;
        try {
            chat = Long.parseLong(chatId.trim());
        } catch (NumberFormatException notNumeric) {
            throw BotApiError.badRequest("chat not found");
        }
        if (!type.equals("chat_member")) {
            return type + ":" + chat;
        }
        JsonNode user = scope.get("user_id");
        if (user == null || user.isNull()) {
            throw scopeError("Can't find field \"user_id\"");
        }
        if (!user.canConvertToLong() || user.asLong() <= 0) {
            throw scopeError("Invalid user_id specified");
        }
        return type + ":" + chat + ":" + user.asLong();
    }

    private static String scopeField(JsonNode scope, String name) {
        JsonNode value = scope.get(name);
        if (value == null || value.isNull()) {
            throw scopeError("Can't find field \"" + name + "\"");
        }
        if (!value.isTextual() && !value.isNumber()) {
            throw scopeError("Field \"" + name + "\" must be of type String");
        }
        return value.asText();
    }

    private static BotApiError scopeError(String reason) {
        return BotApiError.badRequest("can't parse BotCommandScope: " + reason);
    }

    /** Telegram's language codes for menus: none, or two lower-case letters. */
    private static String language(BotRequest request) {
        String code = request.string("language_code");
        if (code == null || code.isEmpty()) {
            return "";
        }
        if (!code.matches("[a-z]{2}")) {
            throw BotApiError.badRequest("invalid language code specified");
        }
        return code;
    }

    /** A JSON parameter, or null when absent or empty. */
    private static JsonNode json(String raw, String what) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            JsonNode node = TelegramJson.JSON.readTree(raw);
            if (node == null || node.isMissingNode()) {
                throw new IOException("no JSON");
            }
            return node;
        } catch (IOException malformed) {
            throw BotApiError.badRequest("can't parse " + what + " JSON object");
        }
    }

    /** A required string field of a BotCommand (a number is taken as its text, as the Bot API does). */
    private static String string(JsonNode command, String name) {
        JsonNode value = command.get(name);
        if (value == null || value.isNull()) {
            throw BotApiError.badRequest("can't parse BotCommand: Can't find field \"" + name + "\"");
        }
        if (!value.isTextual() && !value.isNumber()) {
            throw BotApiError.badRequest("can't parse BotCommand: Field \"" + name + "\" must be of type String");
        }
        return value.asText();
    }
}
