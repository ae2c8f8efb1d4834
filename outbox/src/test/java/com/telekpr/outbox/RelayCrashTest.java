package com.telekpr.outbox;

import static com.telekpr.outbox.QueuedMessages.appendCommitted;
import static com.telekpr.outbox.QueuedMessages.arrivalsOf;
import static com.telekpr.outbox.QueuedMessages.isMarkedSent;
import static com.telekpr.outbox.QueuedMessages.queued;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.telekpr.events.Envelope;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A relay that dies after Kafka acknowledged a batch but before its transaction marked it sent. The
 * test plays that relay with the real store and publisher, holding the relay lock so the service's own
 * relay waits, then lets the service's relay take over.
 */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RelayCrashTest {
    @Inject
    Outbox outbox;
    @Inject
    OutboxStore store;
    @Inject
    OutboxPublisher publisher;
    @Inject
    Pool pool;
    @Inject
    ArrivalRecorder recorder;

    @Test
    void aBatchPublishedButNotMarkedIsPublishedAgainAndAppliedOnce() throws Throwable {
        Envelope message = queued(UUID.randomUUID(), 7);
        try (Connection lockHolder = Sql.connect()) {
            lockHolder.createStatement().execute("select pg_advisory_lock(hashtext('outbox_test.outbox-relay'))");
            appendCommitted(outbox, List.of(message));

            assertThrows(RelayDied.class, () -> VertxContextSupport.subscribeAndAwait(() -> pool.withTransaction(
                    connection -> store.lockUnsent(connection, 500)
                            .call(publisher::publish)
                            .chain(published -> Uni.createFrom().failure(new RelayDied())))));

            Await.until("the dead relay's publication is delivered", () -> recorder.deliveriesOf(message.id()) == 1);
            assertFalse(isMarkedSent(message.id()));
            lockHolder.createStatement().execute("select pg_advisory_unlock(hashtext('outbox_test.outbox-relay'))");
        }

        Await.until("the service's relay publishes the batch again", () -> recorder.deliveriesOf(message.id()) == 2);
        Await.until("the batch is marked sent", () -> isMarkedSent(message.id()));
        assertEquals(1, arrivalsOf(message.id()));
    }

    private static final class RelayDied extends RuntimeException {
        RelayDied() {
            super("relay process killed between publish and commit");
        }
    }
}
