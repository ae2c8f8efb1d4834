package com.telekpr.outbox;

import static com.telekpr.outbox.QueuedMessages.appendCommitted;
import static com.telekpr.outbox.QueuedMessages.arrivalsOf;
import static com.telekpr.outbox.QueuedMessages.outboxRows;
import static com.telekpr.outbox.QueuedMessages.queued;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.Envelope;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OutboxTransactionTest {
    @Inject
    Outbox outbox;
    @Inject
    ArrivalRecorder recorder;

    @Test
    void aMessageAppendedInATransactionThatRollsBackIsNeverPublished() throws Throwable {
        UUID user = UUID.randomUUID();
        Envelope rolledBack = queued(user, 1);
        Envelope committed = queued(user, 2);

        var failure = assertThrows(IllegalStateException.class, () -> VertxContextSupport.subscribeAndAwait(
                () -> Panache.withTransaction(() -> outbox.append(rolledBack)
                        .chain(() -> Uni.createFrom().failure(new IllegalStateException("business rule refused"))))));
        assertEquals("business rule refused", failure.getMessage());
        appendCommitted(outbox, List.of(committed));

        // same user, same partition: once the later message is applied, the earlier one would have been
        Await.until("the committed message is applied", () -> arrivalsOf(committed.id()) == 1);
        assertEquals(0, outboxRows(rolledBack.id()));
        assertEquals(0, arrivalsOf(rolledBack.id()));
        assertEquals(0, recorder.deliveriesOf(rolledBack.id()));
    }

    @Test
    void appendingOutsideATransactionIsRefused() {
        var failure = assertThrows(IllegalStateException.class, () -> VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> outbox.append(queued(UUID.randomUUID(), 1)))));
        assertTrue(failure.getMessage().contains("needs an open transaction"), failure.getMessage());
    }
}
