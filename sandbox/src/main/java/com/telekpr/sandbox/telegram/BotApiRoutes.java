package com.telekpr.sandbox.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The HTTP side of the Bot API: {@code /bot<token>/<method>}, answering in Telegram's envelope with its statuses. */
final class BotApiRoutes {
    private static final String PREFIX = "/bot";

    private final TelegramState state;
    private final BotMethods methods;

    BotApiRoutes(TelegramState state) {
        this.state = state;
        this.methods = new BotMethods(state);
    }

    static boolean matches(String path) {
        return path.startsWith(PREFIX);
    }

    void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            try {
                String rest = exchange.getRequestURI().getPath().substring(PREFIX.length());
                int slash = rest.indexOf('/');
                String token = slash < 0 ? rest : rest.substring(0, slash);
                if (!state.token.equals(token)) {
                    throw BotApiError.unauthorized();
                }
                BotMethods.Method method = methods.find(slash < 0 ? "" : rest.substring(slash + 1))
                        .orElseThrow(BotApiError::notFound);
                BotRequest request = RequestBodyParser.parse(exchange.getRequestURI().getRawQuery(),
                        exchange.getRequestHeaders().getFirst("Content-Type"), body);
                BotAnswer answer = method.handler().apply(request);
                state.counter.accepted(method.name());
                send(exchange, 200, TelegramJson.ok(answer));
            } catch (BotApiError error) {
                state.counter.refused(error.code);
                send(exchange, error.code, TelegramJson.error(error));
            } catch (RuntimeException bug) {
                // a sandbox bug must still reach the client as an answer, not as a dropped connection
                BotApiError error = BotApiError.withStatus(500, 0);
                state.counter.refused(error.code);
                send(exchange, error.code, TelegramJson.error(error));
            }
        }
    }

    /** Anything outside /bot and /control answers like Telegram's front end does. */
    static void notFound(HttpExchange exchange) throws IOException {
        try (exchange) {
            send(exchange, 404, TelegramJson.error(BotApiError.notFound()));
        }
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
