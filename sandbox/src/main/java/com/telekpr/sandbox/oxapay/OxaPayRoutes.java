package com.telekpr.sandbox.oxapay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/** The HTTP side of the simulator: OxaPay's API, the checkout page, and the test-control API. */
final class OxaPayRoutes {
    private static final int MIN_LIFETIME = 15;
    private static final int MAX_LIFETIME = 2880;
    private static final int DEFAULT_LIFETIME = 60;

    private final OxaPaySimulator simulator;

    OxaPayRoutes(OxaPaySimulator simulator) {
        this.simulator = simulator;
    }

    void api(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!simulator.authorised(exchange.getRequestHeaders().getFirst("merchant_api_key"))) {
                json(exchange, OxaPayJson.error(401, "authorization", "merchant_api_key", "Invalid merchant API key"));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if ("POST".equals(exchange.getRequestMethod()) && path.equals("/v1/payment/invoice")) {
                createInvoice(exchange);
            } else if ("GET".equals(exchange.getRequestMethod()) && path.startsWith("/v1/payment/")) {
                String trackId = path.substring("/v1/payment/".length());
                json(exchange, simulator.find(trackId).map(invoice -> OxaPayJson.ok(OxaPayJson.paymentInformation(invoice)))
                        .orElseGet(() -> OxaPayJson.error(404, "not_found", "track_id", "Invalid trackId")));
            } else {
                json(exchange, OxaPayJson.error(404, "not_found", "path", "Not found"));
            }
        }
    }

    private void createInvoice(HttpExchange exchange) throws IOException {
        Misbehaviour misbehaviour = simulator.misbehave();
        if (misbehaviour.createDelayMillis > 0) {
            pause(misbehaviour.createDelayMillis);
        }
        if (misbehaviour.failCreateWith > 0) {
            json(exchange, OxaPayJson.error(misbehaviour.failCreateWith, "server", "internal", "Internal error"));
            return;
        }
        JsonNode body;
        try {
            body = OxaPayJson.JSON.readTree(exchange.getRequestBody());
        } catch (IOException malformed) {
            json(exchange, OxaPayJson.error(400, "validation", "body", "Validation problem"));
            return;
        }
        JsonNode amount = body == null ? null : body.get("amount");
        if (amount == null || !amount.isNumber() || amount.decimalValue().signum() <= 0) {
            json(exchange, OxaPayJson.error(400, "validation", "amount", "Amount not provided"));
            return;
        }
        int lifetime = body.path("lifetime").asInt(DEFAULT_LIFETIME);
        if (lifetime < MIN_LIFETIME || lifetime > MAX_LIFETIME) {
            json(exchange, OxaPayJson.error(400, "validation", "lifetime", "Lifetime must be 15 to 2880 minutes"));
            return;
        }
        BigDecimal value = amount.decimalValue();
        Invoice invoice = simulator.create(body, value, lifetime);
        json(exchange, OxaPayJson.ok(OxaPayJson.invoiceCreated(invoice, simulator.baseUrl() + "/pay/" + invoice.trackId)));
    }

    /** GET /pay/{track}: the page a payer sees; POST /pay/{track}/{paid|underpaid|expired}: what they chose. */
    void checkout(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] parts = exchange.getRequestURI().getPath().split("/");
            var invoice = parts.length >= 3 ? simulator.find(parts[2]) : java.util.Optional.<Invoice>empty();
            if (invoice.isEmpty()) {
                send(exchange, 404, "text/plain", "No such invoice");
                return;
            }
            if ("POST".equals(exchange.getRequestMethod()) && parts.length == 4) {
                switch (parts[3]) {
                    case "paid" -> simulator.pay(invoice.get().trackId);
                    case "underpaid" -> simulator.underpay(invoice.get().trackId);
                    case "expired" -> simulator.expire(invoice.get().trackId);
                    default -> {
                        send(exchange, 400, "text/plain", "Unknown action " + parts[3]);
                        return;
                    }
                }
                exchange.getResponseHeaders().add("Location", "/pay/" + invoice.get().trackId);
                send(exchange, 303, "text/plain", "");
                return;
            }
            send(exchange, 200, "text/html; charset=utf-8", CheckoutPage.render(invoice.get()));
        }
    }

    /** POST /control/misbehave {...}, POST /control/statuses/{track} {"statuses": [...]}: for tests over HTTP. */
    void control(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            JsonNode body = OxaPayJson.JSON.readTree(exchange.getRequestBody());
            if (path.equals("/control/misbehave")) {
                simulator.misbehave().dropNextWebhooks(body.path("dropWebhooks").asInt(0))
                        .duplicateWebhooks(body.path("duplicateWebhooks").asBoolean(false))
                        .badSignature(body.path("badSignature").asBoolean(false))
                        .failCreateWith(body.path("failCreateWith").asInt(0))
                        .delayCreate(body.path("createDelayMillis").asLong(0));
            } else if (path.startsWith("/control/statuses/")) {
                String trackId = path.substring("/control/statuses/".length());
                var statuses = new java.util.ArrayList<String>();
                body.path("statuses").forEach(status -> statuses.add(status.asText()));
                simulator.sendStatuses(trackId, statuses.toArray(String[]::new));
            } else {
                send(exchange, 404, "text/plain", "Unknown control " + path);
                return;
            }
            send(exchange, 204, "text/plain", "");
        } catch (IllegalArgumentException unknown) {
            send(exchange, 404, "text/plain", unknown.getMessage());
        }
    }

    private static void json(HttpExchange exchange, ObjectNode body) throws IOException {
        send(exchange, body.path("status").asInt(200), "application/json", body.toString());
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
