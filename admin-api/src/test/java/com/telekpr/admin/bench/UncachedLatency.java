package com.telekpr.admin.bench;

import com.telekpr.admin.Staff;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

/** One request at a time, each a question not asked before, so no cache answers: what the database work costs. */
final class UncachedLatency {
    private static final int REQUESTS = 20;
    private final List<Long> latencies = new ArrayList<>();

    static UncachedLatency of(HttpClient http, IntFunction<URI> question) throws Exception {
        var measured = new UncachedLatency();
        for (int i = 0; i < REQUESTS; i++) {
            long sent = System.nanoTime();
            var response = http.send(Staff.adminRequest(question.apply(i)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(question.apply(i) + " answered " + response.statusCode() + ": " + response.body());
            }
            measured.latencies.add(System.nanoTime() - sent);
        }
        return measured;
    }

    void print(String what) {
        Collections.sort(latencies);
        System.out.printf("  uncached %s: %d requests one at a time, p50 %.1f ms, max %.1f ms%n", what, REQUESTS,
                latencies.get(REQUESTS / 2) / 1e6, latencies.get(REQUESTS - 1) / 1e6);
    }
}
