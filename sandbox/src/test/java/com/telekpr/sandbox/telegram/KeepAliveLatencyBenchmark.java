package com.telekpr.sandbox.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Prints how long a getMe takes on one kept-alive connection, as a client that reuses its connection
 * (pengrad's OkHttp, Quarkus' REST client) sees the sandbox. With Nagle's algorithm left on, each request
 * waited for the client's delayed ACK (~44 ms); Telegram answers in well under that from nearby.
 */
class KeepAliveLatencyBenchmark {
    private static final int REQUESTS = 300;

    @Test
    void getMeOnAKeptAliveConnection() throws Exception {
        try (var telegram = TelegramSimulator.start(0, "bench-token")) {
            var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            var request = HttpRequest.newBuilder(URI.create(telegram.apiUrl() + "bench-token/getMe")).build();
            long[] micros = new long[REQUESTS];
            for (int i = 0; i < REQUESTS; i++) {
                long started = System.nanoTime();
                var answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                micros[i] = (System.nanoTime() - started) / 1_000;
                assertEquals(200, answer.statusCode(), answer.body());
            }
            Arrays.sort(micros);
            System.out.printf("sandbox getMe on one kept-alive connection, %d requests: p50 %.2f ms, p99 %.2f ms,"
                            + " max %.2f ms%n", REQUESTS, micros[REQUESTS / 2] / 1e3, micros[REQUESTS * 99 / 100] / 1e3,
                    micros[REQUESTS - 1] / 1e3);
        }
    }
}
