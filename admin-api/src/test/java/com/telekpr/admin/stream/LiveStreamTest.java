package com.telekpr.admin.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.admin.History;
import com.telekpr.admin.ReadModels;
import com.telekpr.events.Envelope;
import com.telekpr.events.OrderEvent.OrderPlaced;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** /api/admin/stream: an order placed while connected arrives; a reconnect with Last-Event-ID gets exactly what it missed. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class LiveStreamTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TestHTTPResource("/api/admin/stream")
    URI stream;

    @Test
    void anOrderPlacedAfterConnectingArrives() throws Exception {
        try (var client = new SseClient(stream, null)) {
            assertEquals("heartbeat", client.next(PATIENCE).name(), "connected: the first heartbeat");
            Envelope placed = orderPlaced(UUID.randomUUID());
            ReadModels.project(List.of(placed));
            var event = client.nextEvent(PATIENCE);
            assertEquals("OrderPlaced", event.name());
            assertTrue(event.data().contains(placed.id().toString()), event.data());
        }
    }

    @Test
    void aReconnectWithLastEventIdGetsExactlyTheMissedEvents() throws Exception {
        String lastSeen;
        try (var client = new SseClient(stream, null)) {
            client.next(PATIENCE);
            ReadModels.project(List.of(orderPlaced(UUID.randomUUID())));
            lastSeen = client.nextEvent(PATIENCE).id();
        }
        UUID user = UUID.randomUUID();
        // one user, so one partition: projected, and numbered, in this order
        List<Envelope> missed = List.of(orderPlaced(user), orderPlaced(user));
        ReadModels.project(missed);

        try (var client = new SseClient(stream, lastSeen)) {
            var first = client.nextEvent(PATIENCE);
            var second = client.nextEvent(PATIENCE);
            assertTrue(first.data().contains(missed.get(0).id().toString()), first.data());
            assertTrue(second.data().contains(missed.get(1).id().toString()), second.data());
            assertTrue(Long.parseLong(lastSeen) < Long.parseLong(first.id())
                    && Long.parseLong(first.id()) < Long.parseLong(second.id()), "numbered in order after the last seen");
            assertEquals("heartbeat", client.next(PATIENCE).name(), "and nothing else");
        }
    }

    private static Envelope orderPlaced(UUID user) {
        return new History().at(Instant.now(), user, "order", new OrderPlaced(UUID.randomUUID(), UUID.randomUUID(),
                "SITES_50", "50 sites", 50, false, 50, false, false)).envelopes().get(0);
    }
}
