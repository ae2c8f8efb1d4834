package com.telekpr.sandbox.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The control routes of the user's side, used by tests outside the JVM and by the chat page:
 * <pre>
 * GET  users                      → [{id, firstName, lastName, username, languageCode}]
 * POST users {firstName, lastName?, username?, languageCode?, id?}   → the user (a fresh id unless given)
 * POST users/{id}/messages {text}                                  → {messageId}
 * POST users/{id}/presses {messageId, callbackData, forged?}       → {callbackQueryId}
 * GET  chats/{id}/history?after=N → {chatId, version, entries:[{messageId, from: "user"|"bot", text, ...}]}
 * GET  updates                    → the pending updates, as the bot would get them
 * </pre>
 */
final class InboundControlRoutes {
    private final TelegramSimulator simulator;

    InboundControlRoutes(TelegramSimulator simulator) {
        this.simulator = simulator;
    }

    static boolean handles(String[] parts) {
        return parts[0].equals("users") || parts[0].equals("updates")
                || (parts.length == 3 && parts[0].equals("chats") && parts[2].equals("history"));
    }

    /** Answers the JSON to send; unknown users, messages and paths throw NoSuchElementException, bad input IAE. */
    JsonNode route(String[] parts, boolean post, JsonNode body, Map<String, String> query) {
        if (parts[0].equals("updates") && parts.length == 1 && !post) {
            return ControlJson.list(simulator.pendingUpdates(), update -> update);
        }
        if (parts[0].equals("chats") && !post) {
            long after = Long.parseLong(query.getOrDefault("after", "0"));
            return ControlJson.history(simulator.history(Long.parseLong(parts[1]), after));
        }
        if (parts[0].equals("users") && parts.length == 1) {
            return post ? ControlJson.user(createUser(body)) : ControlJson.list(simulator.users(), ControlJson::user);
        }
        if (parts[0].equals("users") && parts.length == 3 && post) {
            FakeUser user = simulator.user(Long.parseLong(parts[1]))
                    .orElseThrow(() -> new NoSuchElementException("no user " + parts[1]));
            ObjectNode answer = TelegramJson.JSON.createObjectNode();
            switch (parts[2]) {
                case "messages" -> answer.put("messageId", simulator.userSays(user, body.path("text").asText("")));
                case "presses" -> answer.put("callbackQueryId", press(user, body));
                default -> throw new NoSuchElementException("no user action " + parts[2]);
            }
            return answer;
        }
        throw new NoSuchElementException("no control " + (post ? "POST " : "GET ") + String.join("/", parts));
    }

    private FakeUser createUser(JsonNode body) {
        String firstName = body.path("firstName").asText("");
        String lastName = text(body, "lastName");
        String username = text(body, "username");
        String language = text(body, "languageCode");
        if (body.hasNonNull("id")) {
            return simulator.addUser(new FakeUser(body.get("id").asLong(), firstName, lastName, username, language));
        }
        return simulator.createUser(firstName, lastName, username, language);
    }

    private String press(FakeUser user, JsonNode body) {
        if (!body.hasNonNull("messageId") || !body.hasNonNull("callbackData")) {
            throw new IllegalArgumentException("a press needs messageId and callbackData");
        }
        long messageId = body.get("messageId").asLong();
        String data = body.get("callbackData").asText();
        return body.path("forged").asBoolean(false) ? simulator.userPressesRaw(user, messageId, data)
                : simulator.userPresses(user, messageId, data);
    }

    /** A text field, null when absent or blank (Telegram leaves unset names out). */
    private static String text(JsonNode body, String field) {
        String value = body.path(field).asText("").trim();
        return value.isEmpty() ? null : value;
    }
}
