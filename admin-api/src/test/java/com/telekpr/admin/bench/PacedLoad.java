package com.telekpr.admin.bench;

import com.telekpr.admin.Staff;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/** Requests sent at a steady rate, whatever the answers' pace (an open model: slowness queues, it does not slow the sender). */
final class PacedLoad {
    private final HttpClient http;
    private final URI uri;
    private final int perSecond;
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failures = new AtomicInteger();

    PacedLoad(HttpClient http, URI uri, int perSecond) {
        this.http = http;
        this.uri = uri;
        this.perSecond = perSecond;
    }

    PacedLoad run(int seconds) {
        warmUp();
        var pending = new ArrayList<CompletableFuture<?>>();
        long interval = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        for (int i = 0; i < perSecond * seconds; i++) {
            long due = start + i * interval;
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
            long sent = System.nanoTime();
            pending.add(http.sendAsync(Staff.adminRequest(uri).build(), HttpResponse.BodyHandlers.ofString())
                    .thenAccept(response -> {
                        latencies.add(System.nanoTime() - sent);
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        return this;
    }

    private void warmUp() {
        for (int i = 0; i < 50; i++) {
            http.sendAsync(Staff.adminRequest(uri).build(), HttpResponse.BodyHandlers.ofString()).join();
        }
    }

    void print(String what) {
        var sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("  GET /%s: %,d requests, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d not 200%n", what,
                sorted.size(), sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 99 / 100) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6, failures.get());
    }
}
