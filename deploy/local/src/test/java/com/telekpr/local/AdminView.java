package com.telekpr.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** admin-api as the dashboard sees it: its figures, and its live stream from the first event it keeps. */
final class AdminView {
    private static final String BASE = "http://127.0.0.1:8082/api/admin";

    private AdminView() {
    }

    static JsonNode stats() {
        try {
            return PublicApi.get(BASE + "/stats");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Reads the stream from its start (Last-Event-ID 0) until an event named {@code type} about {@code text}. */
    static String streamedEvent(String type, String text, Duration patience) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(BASE + "/stream")).header("Last-Event-ID", "0").build();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(patience.toMillis(), TimeUnit.MILLISECONDS);
        try (Stream<String> lines = response.body()) {
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
}
