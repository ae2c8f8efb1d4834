package com.telekpr.admin.bench;

import com.telekpr.admin.Staff;
import com.telekpr.admin.History;
import com.telekpr.events.Envelope;
import com.telekpr.events.EnvelopeCodec;
import com.telekpr.events.OrderEvent.OrderPlaced;
import com.telekpr.testkit.TopicSender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The live stream's delivery delay: from an event's time to a connected client reading it. */
final class StreamDelay {
    private final List<Long> delaysMicros = Collections.synchronizedList(new ArrayList<>());

    static StreamDelay measure(URI stream, int events) throws Exception {
        var delay = new StreamDelay();
        var received = new CountDownLatch(events);
        var connected = new CountDownLatch(1);
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().sendAsync(Staff.adminRequest(stream).build(),
                HttpResponse.BodyHandlers.ofLines()).get(30, TimeUnit.SECONDS);
        CompletableFuture.runAsync(() -> response.body().forEach(line -> {
            if (line.startsWith("event:heartbeat")) {
                connected.countDown();
            } else if (line.startsWith("data:") && line.contains("\"OrderPlaced\"")) {
                Envelope envelope = EnvelopeCodec.decode(line.substring(5).strip());
                delay.delaysMicros.add(Duration.between(envelope.time(), Instant.now()).toNanos() / 1000);
                received.countDown();
            }
        }));
        // the stream starts from the newest event when it is opened: its first heartbeat says it is open
        if (!connected.await(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the stream sent no heartbeat");
        }
        var sent = new CountDownLatch(events);
        var pacer = Executors.newSingleThreadScheduledExecutor();
        try (var sender = new TopicSender()) {
            pacer.scheduleAtFixedRate(() -> {
                if (sent.getCount() > 0) {
                    sender.send(new History().at(Instant.now(), UUID.randomUUID(), "order", new OrderPlaced(UUID.randomUUID(),
                            UUID.randomUUID(), "SITES_50", "50 sites", 50, false, 50, false, false)).envelopes().get(0));
                    sent.countDown();
                }
            }, 0, 20, TimeUnit.MILLISECONDS);
            sent.await(2, TimeUnit.MINUTES);
        } finally {
            pacer.shutdownNow();
        }
        received.await(2, TimeUnit.MINUTES);
        response.body().close();
        return delay;
    }

    void print() {
        var sorted = new ArrayList<>(delaysMicros);
        Collections.sort(sorted);
        System.out.printf("  stream delivery (event time → client), %d events at 50/s: p50 %.1f ms, p99 %.1f ms%n",
                sorted.size(), sorted.get(sorted.size() / 2) / 1000.0, sorted.get(sorted.size() * 99 / 100) / 1000.0);
    }
}
