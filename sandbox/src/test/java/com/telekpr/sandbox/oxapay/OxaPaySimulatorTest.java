package com.telekpr.sandbox.oxapay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import com.telekpr.sandbox.LoopbackServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OxaPaySimulatorTest {
    private static final String KEY = "merchant-key-123";
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String[]> callbacks = new CopyOnWriteArrayList<>();
    private OxaPaySimulator oxapay;
    private HttpServer shop;

    @BeforeEach
    void start() throws Exception {
        oxapay = OxaPaySimulator.start(0, KEY);
        shop = LoopbackServer.create(0, 0);
        shop.createContext("/callback", exchange -> {
            callbacks.add(new String[] {exchange.getRequestHeaders().getFirst("HMAC"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)});
            byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
            exchange.close();
        });
        shop.start();
    }

    @AfterEach
    void stop() {
        oxapay.close();
        shop.stop(0);
    }

    private JsonNode call(String method, String path, String key, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(oxapay.baseUrl() + path)).header("merchant_api_key", key)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = OxaPayJson.JSON.readTree(response.body());
        assertEquals(response.statusCode(), json.path("status").asInt(), "HTTP status and body status agree");
        return json;
    }

    private String createInvoice() throws Exception {
        String callback = "http://127.0.0.1:" + shop.getAddress().getPort() + "/callback";
        JsonNode created = call("POST", "/v1/payment/invoice", KEY, "{\"amount\":50.0,\"currency\":\"USD\",\"lifetime\":30,"
                + "\"callback_url\":\"" + callback + "\",\"order_id\":\"p-1\",\"description\":\"500 tokens\"}");
        assertEquals(200, created.path("status").asInt());
        assertTrue(created.path("data").path("payment_url").asText().endsWith("/pay/" + created.at("/data/track_id").asText()));
        return created.at("/data/track_id").asText();
    }

    @Test
    void aWrongKeyOrAMissingAmountIsRefusedInOxaPaysShape() throws Exception {
        JsonNode unauthorised = call("POST", "/v1/payment/invoice", "wrong", "{\"amount\":5}");
        assertEquals(401, unauthorised.path("status").asInt());
        assertEquals("merchant_api_key", unauthorised.at("/error/key").asText());
        assertEquals("1.0.0", unauthorised.path("version").asText());
        assertEquals(400, call("POST", "/v1/payment/invoice", KEY, "{\"currency\":\"USD\"}").path("status").asInt());
        assertEquals(400, call("POST", "/v1/payment/invoice", KEY, "{\"amount\":5,\"lifetime\":5}").path("status").asInt());
        assertEquals(404, call("GET", "/v1/payment/999", KEY, null).path("status").asInt());
    }

    @Test
    void payingCallsBackSignedForEachStatusAndTheInformationFollows() throws Exception {
        String track = createInvoice();
        assertEquals("new", call("GET", "/v1/payment/" + track, KEY, null).at("/data/status").asText());
        oxapay.pay(track);

        awaitCallbacks(2);
        assertEquals("Paying", OxaPayJson.JSON.readTree(callbacks.get(0)[1]).path("status").asText());
        JsonNode paid = OxaPayJson.JSON.readTree(callbacks.get(1)[1]);
        assertEquals("Paid", paid.path("status").asText());
        assertEquals("p-1", paid.path("order_id").asText());
        assertEquals(CallbackSender.sign(callbacks.get(1)[1], KEY), callbacks.get(1)[0]);
        assertEquals("paid", call("GET", "/v1/payment/" + track, KEY, null).at("/data/status").asText());
    }

    @Test
    void theSignatureIsOxaPaysHmacSha512AsOpensslComputesIt() {
        // printf '%s' '{"track_id":"184729301","status":"Paid","amount":50.0}' | openssl dgst -sha512 -hmac 'merchant-key-123'
        assertEquals("b3bb1a18339c4968bdeef65afa2cc0eb5d419362f00d2afa333e0600eb677ee45dd6971c2c38313bba1881d927cb3845fa"
                + "9204d1705e8c76627dea5dee914500",
                CallbackSender.sign("{\"track_id\":\"184729301\",\"status\":\"Paid\",\"amount\":50.0}", KEY));
    }

    @Test
    void misbehaviourDropsDuplicatesAndForgesOnRequest() throws Exception {
        String track = createInvoice();
        oxapay.misbehave().dropNextWebhooks(1).duplicateWebhooks(true).badSignature(true);
        oxapay.pay(track); // "Paying" is dropped, "Paid" arrives twice, badly signed

        awaitCallbacks(2);
        for (String[] callback : callbacks) {
            assertEquals("Paid", OxaPayJson.JSON.readTree(callback[1]).path("status").asText());
            assertTrue(!CallbackSender.sign(callback[1], KEY).equals(callback[0]));
        }
        oxapay.misbehave().reset();
        oxapay.misbehave().failCreateWith(503);
        assertEquals(503, call("POST", "/v1/payment/invoice", KEY, "{\"amount\":5}").path("status").asInt());
    }

    private void awaitCallbacks(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (callbacks.size() < count && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        assertEquals(count, callbacks.size());
    }
}
