package com.telekpr.sandbox.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import com.telekpr.sandbox.LoopbackServer;
import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** The bot's side of a webhook in a test: records each POST and answers 200, or the statuses queued up for it. */
final class WebhookReceiver implements AutoCloseable {
    /** One request as it arrived, and what the receiver answered. */
    record Delivery(String secretHeader, JsonNode update, int answeredStatus) {
        String text() {
            return update.at("/message/text").asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedDeque<Integer> nextStatuses = new ConcurrentLinkedDeque<>();
    private volatile Predicate<JsonNode> refuse = update -> false;

    WebhookReceiver() throws IOException {
        server = LoopbackServer.create(0, 16);
        server.createContext("/hook", exchange -> {
            try (exchange) {
                JsonNode update = JSON.readTree(exchange.getRequestBody().readAllBytes());
                Integer queued = nextStatuses.pollFirst();
                int status = refuse.test(update) ? 503 : queued != null ? queued : 200;
                deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst("X-Telegram-Bot-Api-Secret-Token"),
                        update, status));
                exchange.sendResponseHeaders(status, -1);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next requests answer these statuses, one each, in order. */
    void answerNext(int... statuses) {
        for (int status : statuses) {
            nextStatuses.addLast(status);
        }
    }

    /** Updates matching this always get 503, as from a bot whose handler for them is broken. */
    void refuse(Predicate<JsonNode> updates) {
        refuse = updates;
    }

    /** The next request, waiting up to {@code seconds}; fails the test when none came. */
    Delivery next(int seconds) throws InterruptedException {
        Delivery delivery = deliveries.poll(seconds, TimeUnit.SECONDS);
        if (delivery == null) {
            throw new AssertionError("no webhook request within " + seconds + " s");
        }
        return delivery;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
