package com.telekpr.sandbox.telegram;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /chat}: one self-contained page (inline CSS and script, nothing fetched from elsewhere) where a person
 * plays a fake user chatting with the bot, through the control API of {@link InboundControlRoutes}.
 */
final class ChatPage {
    static final String PATH = "/chat";
    private static final byte[] HTML = load();

    private ChatPage() {
    }

    static boolean matches(String path) {
        return path.equals(PATH) || path.equals(PATH + "/");
    }

    static void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            // the page builds every message with textContent; this keeps anything else from running in it
            exchange.getResponseHeaders().set("Content-Security-Policy",
                    "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'");
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(200, head ? -1 : HTML.length);
            if (!head) {
                exchange.getResponseBody().write(HTML);
            }
        }
    }

    private static byte[] load() {
        try (InputStream in = ChatPage.class.getResourceAsStream("chat.html")) {
            if (in == null) {
                throw new IllegalStateException("chat.html is missing from the sandbox jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
