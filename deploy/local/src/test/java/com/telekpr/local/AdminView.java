package com.telekpr.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * admin-api as the dashboard sees it, signed in as the stack's first admin: its figures, and its live stream
 * from the first event it keeps.
 */
final class AdminView {
    static final String BASE = "http://127.0.0.1:8082/api/admin";
    /** A staff token lasts 15 minutes: a new one well before, so none runs out in the middle of a wait. */
    private static final Duration SIGN_IN_AGAIN_AFTER = Duration.ofMinutes(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String token;
    private static long signedInAt;

    private AdminView() {
    }

    static JsonNode stats() {
        return stats("UTC");
    }

    /** The dashboard's figures with "this month" in {@code zone}, as the panel asks for them. */
    static JsonNode stats(String zone) {
        try {
            return PublicApi.answer(signedIn(HttpRequest.newBuilder(URI.create(BASE + "/stats?tz=" + zone))).build());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Reads the stream from its start (Last-Event-ID 0) until an event named {@code type} about {@code text}. */
    static String streamedEvent(String type, String text, Duration patience) throws Exception {
        var request = signedIn(HttpRequest.newBuilder(URI.create(BASE + "/stream"))).header("Last-Event-ID", "0").build();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(patience.toMillis(), TimeUnit.MILLISECONDS);
        try (Stream<String> lines = response.body()) {
            assertEquals(200, response.statusCode(), "the live stream");
            Iterator<String> reader = lines.iterator();
            return CompletableFuture.supplyAsync(() -> {
                boolean named = false;
                while (reader.hasNext()) {
                    String line = reader.next();
                    if (line.startsWith("event:")) {
                        named = line.substring(6).strip().equals(type);
                    } else if (named && line.startsWith("data:") && line.contains(text)) {
                        return line.substring(5).strip();
                    }
                }
                throw new AssertionError("the stream ended without " + type + " about " + text);
            }).get(patience.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** An answer of admin-api, whatever its status. */
    record Answer(int status, JsonNode body) {
    }

    /** {@code method path} as the signed-in first admin, with {@code body} as JSON (none when null) and the key. */
    static Answer act(String method, String path, Object body, String idempotencyKey) throws Exception {
        return act(token(), method, path, body, idempotencyKey);
    }

    /** {@code method path} with another staff member's {@code staffToken}. */
    static Answer act(String staffToken, String method, String path, Object body, String idempotencyKey) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", "Bearer " + staffToken)
                .header("Content-Type", "application/json").method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        var response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isBlank() ? null : JSON.readTree(response.body()));
    }

    /** Signs in as {@code username}: that account's staff token. */
    static String signIn(String username, String password) throws Exception {
        var login = HttpRequest.newBuilder(URI.create(BASE + "/login")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("username", username,
                        "password", password)))).build();
        return PublicApi.answer(login).path("token").asText();
    }

    /** {@code request} with the admin's staff token, signing in first when there is none or it is getting old. */
    static HttpRequest.Builder signedIn(HttpRequest.Builder request) throws IOException, InterruptedException {
        return request.header("Authorization", "Bearer " + token());
    }

    private static synchronized String token() throws IOException, InterruptedException {
        if (token == null || System.nanoTime() - signedInAt > SIGN_IN_AGAIN_AFTER.toNanos()) {
            LocalStack stack = SharedSuite.stack();
            String credentials = JSON.writeValueAsString(
                    Map.of("username", LocalStack.ADMIN_USERNAME, "password", stack.adminPassword()));
            var login = HttpRequest.newBuilder(URI.create(BASE + "/login")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(credentials)).build();
            long asked = System.nanoTime();
            token = PublicApi.answer(login).path("token").asText();
            signedInAt = asked;
        }
        return token;
    }
}
