package com.telekpr.sandbox.oxapay;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import com.telekpr.sandbox.LoopbackServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for OxaPay's merchant API v1 on a real HTTP port: invoices, payment information, a
 * checkout page where a person pays, underpays or lets the invoice expire, and signed callbacks.
 * Tests use it as a library; the local stack runs it as a process ({@code SandboxMain}).
 */
public final class OxaPaySimulator implements AutoCloseable {
    private final HttpServer server;
    private final String merchantKey;
    private final Map<String, Invoice> invoices = new ConcurrentHashMap<>();
    private final AtomicLong nextTrackId = new AtomicLong(100_000_000L + (System.nanoTime() & 0xFFFFFF));
    private final Misbehaviour misbehaviour = new Misbehaviour();
    private final CallbackSender callbacks;

    private OxaPaySimulator(HttpServer server, String merchantKey) {
        this.server = server;
        this.merchantKey = merchantKey;
        this.callbacks = new CallbackSender(merchantKey, misbehaviour);
    }

    /** Starts on {@code port} (0 for a free one) on the loopback interface. */
    public static OxaPaySimulator start(int port, String merchantKey) {
        try {
            HttpServer server = LoopbackServer.create(port, 0);
            var simulator = new OxaPaySimulator(server, merchantKey);
            var routes = new OxaPayRoutes(simulator);
            server.createContext("/v1/payment", routes::api);
            server.createContext("/pay", routes::checkout);
            server.createContext("/control", routes::control);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return simulator;
        } catch (IOException e) {
            throw new UncheckedIOException("the OxaPay sandbox could not listen on port " + port, e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public Misbehaviour misbehave() {
        return misbehaviour;
    }

    /** The payer pays in full: the invoice goes paying → paid, with a callback for each. */
    public void pay(String trackId) {
        Invoice invoice = invoice(trackId);
        invoice.paidAmount = invoice.amount;
        sendStatuses(trackId, "paying", "paid");
    }

    /** The payer sends half: the invoice ends underpaid. */
    public void underpay(String trackId) {
        Invoice invoice = invoice(trackId);
        invoice.paidAmount = invoice.amount.divide(BigDecimal.valueOf(2));
        sendStatuses(trackId, "paying", "underpaid");
    }

    public void expire(String trackId) {
        sendStatuses(trackId, "expired");
    }

    /** Moves the invoice through {@code statuses} in the given order (out of order, if a test says so), calling back each. */
    public void sendStatuses(String trackId, String... statuses) {
        Invoice invoice = invoice(trackId);
        for (String status : statuses) {
            invoice.status = status;
            callbacks.send(invoice.callbackUrl, OxaPayJson.callback(invoice, status).toString());
        }
    }

    Invoice invoice(String trackId) {
        Invoice invoice = invoices.get(trackId);
        if (invoice == null) {
            throw new IllegalArgumentException("no invoice " + trackId);
        }
        return invoice;
    }

    Optional<Invoice> find(String trackId) {
        return Optional.ofNullable(invoices.get(trackId));
    }

    boolean authorised(String key) {
        return merchantKey.equals(key);
    }

    /** Creates an invoice from a validated request body. */
    Invoice create(JsonNode body, BigDecimal amount, int lifetime) {
        String trackId = Long.toString(nextTrackId.incrementAndGet());
        var invoice = new Invoice(trackId, amount, body.path("currency").asText("USD"), lifetime,
                body.path("callback_url").asText(null), body.path("return_url").asText(null),
                body.path("order_id").asText(null), body.path("description").asText(null), Instant.now());
        invoices.put(trackId, invoice);
        return invoice;
    }

    @Override
    public void close() {
        server.stop(0);
        callbacks.close();
    }
}
