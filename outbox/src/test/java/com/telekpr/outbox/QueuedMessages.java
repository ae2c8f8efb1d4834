package com.telekpr.outbox;

import com.telekpr.events.Envelope;
import com.telekpr.events.OrderEvent.OrderQueued;
import com.telekpr.testkit.Sql;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import java.util.List;
import java.util.UUID;

/** The messages the outbox tests send, and the ways they look at what arrived. */
final class QueuedMessages {
    private QueuedMessages() {
    }

    static Envelope queued(UUID user, int position) {
        return Envelope.first("outbox-test", user, "order", new OrderQueued(UUID.randomUUID(), position, false, "SITES_50", "50 sites", 50, 0));
    }

    static void appendCommitted(Outbox outbox, List<Envelope> envelopes) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> outbox.append(envelopes)));
    }

    static long arrivalsOf(UUID messageId) {
        return Sql.count("select count(*) from outbox_test.arrival where message_id = ?", messageId);
    }

    static boolean isMarkedSent(UUID messageId) {
        return Sql.count("select count(*) from outbox_test.outbox where id = ? and sent_at is not null", messageId) == 1;
    }

    static long outboxRows(UUID messageId) {
        return Sql.count("select count(*) from outbox_test.outbox where id = ?", messageId);
    }
}
