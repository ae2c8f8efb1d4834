package com.telekpr.sandbox.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The test-control API over HTTP, for tests and people outside the JVM: the same reads and switches as the Java
 * methods of {@link TelegramSimulator}. Paths are below {@code /control/telegram}; answers are JSON or 204. The
 * user's side (fake users, their messages and presses, chat histories) is in {@link InboundControlRoutes}.
 */
final class ControlRoutes {
    private static final String PREFIX = "/control/telegram";

    private final TelegramSimulator simulator;
    private final InboundControlRoutes inbound;

    ControlRoutes(TelegramSimulator simulator) {
        this.simulator = simulator;
        this.inbound = new InboundControlRoutes(simulator);
    }

    static boolean matches(String path) {
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
    }

    void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode answer;
            try {
                String[] parts = exchange.getRequestURI().getPath().substring(PREFIX.length()).replaceFirst("^/", "")
                        .split("/");
                byte[] raw = exchange.getRequestBody().readAllBytes();
                JsonNode body = raw.length == 0 ? TelegramJson.JSON.createObjectNode() : TelegramJson.JSON.readTree(raw);
                answer = route(parts, "POST".equals(exchange.getRequestMethod()), body,
                        query(exchange.getRequestURI().getRawQuery()));
            } catch (IllegalArgumentException | IOException badInput) {
                send(exchange, 400, TelegramJson.JSON.createObjectNode().put("error", "bad input: " + badInput.getMessage()));
                return;
            } catch (NoSuchElementException unknown) {
                send(exchange, 404, TelegramJson.JSON.createObjectNode().put("error", unknown.getMessage()));
                return;
            }
            send(exchange, answer == null ? 204 : 200, answer);
        }
    }

    /** Answers the JSON to send, or null for 204; unknown paths and messages throw NoSuchElementException. */
    private JsonNode route(String[] parts, boolean post, JsonNode body, Map<String, String> query) {
        String path = String.join("/", parts);
        if (InboundControlRoutes.handles(parts)) {
            return inbound.route(parts, post, body, query);
        }
        if (!post) {
            switch (path) {
                case "messages": return ControlJson.list(simulator.allMessages(), ControlJson::message);
                case "edits": return ControlJson.list(simulator.allEdits(), ControlJson::edit);
                case "callback-answers": return ControlJson.list(simulator.callbackAnswers(), ControlJson::answer);
                case "deletions": return ControlJson.list(simulator.allDeletions(), ControlJson::deletion);
                case "chat-actions": return ControlJson.list(simulator.allChatActions(), ControlJson::chatAction);
                case "commands": return ControlJson.list(simulator.myCommands(query.getOrDefault("scope", "default"),
                        query.getOrDefault("languageCode", "")), ControlJson::command);
                case "counts": return ControlJson.counts(simulator.counts());
                case "limits": return ControlJson.limits(simulator.limits());
                case "max-in-window": return maxInWindow(query);
                default: break;
            }
        }
        if (parts.length >= 3 && parts[0].equals("chats")) {
            return chatRoute(Long.parseLong(parts[1]), parts, post, body);
        }
        if (post) {
            switch (path) {
                case "fail-next" -> simulator.failNext(body.path("count").asInt(1), body.path("httpStatus").asInt(429),
                        body.path("retryAfter").asInt(1));
                case "limits" -> simulator.setLimits(ControlJson.limits(body, simulator.limits()));
                case "reset" -> simulator.reset();
                default -> throw new NoSuchElementException("no control " + path);
            }
            return null;
        }
        throw new NoSuchElementException("no control GET " + path);
    }

    /**
     * Below {@code /chats/{chatId}/}: GET messages, messages/{id} (as it reads now), edits, deletions, chat-actions;
     * POST block, unblock, fail.
     */
    private JsonNode chatRoute(long chatId, String[] parts, boolean post, JsonNode body) {
        String what = parts[2];
        if (!post && what.equals("messages") && parts.length == 4) {
            return simulator.current(chatId, Long.parseLong(parts[3])).<JsonNode>map(ControlJson::message)
                    .orElseThrow(() -> new NoSuchElementException("no message " + parts[3] + " in chat " + chatId));
        }
        if (!post && what.equals("messages")) {
            return ControlJson.list(simulator.messages(chatId), ControlJson::message);
        }
        if (!post && what.equals("edits")) {
            return ControlJson.list(simulator.edits(chatId), ControlJson::edit);
        }
        if (!post && what.equals("deletions")) {
            return ControlJson.list(simulator.deletions(chatId), ControlJson::deletion);
        }
        if (!post && what.equals("chat-actions")) {
            return ControlJson.list(simulator.chatActions(chatId), ControlJson::chatAction);
        }
        if (post && what.equals("block")) {
            simulator.block(chatId);
        } else if (post && what.equals("unblock")) {
            simulator.unblock(chatId);
        } else if (post && what.equals("fail")) {
            simulator.failChat(chatId, body.path("count").asInt(1), body.path("httpStatus").asInt(429),
                    body.path("retryAfter").asInt(1));
        } else {
            throw new NoSuchElementException("no chat control " + what);
        }
        return null;
    }

    /** GET max-in-window?windowMillis=1000[&chatId=42]: the busiest window, for one chat or all. */
    private JsonNode maxInWindow(Map<String, String> query) {
        Duration window = Duration.ofMillis(Long.parseLong(query.getOrDefault("windowMillis", "1000")));
        String chatId = query.get("chatId");
        int max = chatId == null ? simulator.maxInAnyWindow(window)
                : simulator.maxInAnyWindow(Long.parseLong(chatId), window);
        return TelegramJson.JSON.createObjectNode().put("max", max);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    query.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
