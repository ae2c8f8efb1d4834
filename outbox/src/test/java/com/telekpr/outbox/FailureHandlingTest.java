package com.telekpr.outbox;

import static com.telekpr.outbox.QueuedMessages.arrivalsOf;
import static com.telekpr.outbox.QueuedMessages.queued;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.Envelope;
import com.telekpr.events.EnvelopeCodec;
import com.telekpr.events.Topics;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import com.telekpr.testkit.TopicSender;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Through a real consumer on real Kafka and Postgres: transient failures are waited out in place (past
 * the bounded attempts, in order), permanent ones are dead-lettered after them, and every dead letter is
 * counted by topic and reason, whoever nacked it. The test application allows 3 attempts.
 */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class FailureHandlingTest {
    private static final String ORDER_DLQ = Topics.deadLetterOf(Topics.ORDER_EVENTS);

    @Inject
    MeterRegistry registry;

    @Test
    void transientFailuresAreRetriedPastTheAttemptLimitAndKeepThePartitionsOrder() {
        UUID user = UUID.randomUUID();
        Envelope first = queued(user, 1);
        Envelope second = queued(user, 2);
        FailureScript.failWith(first.id(), List.of(new RuntimeException("closed", ClosedConnectionException.INSTANCE),
                new RuntimeException(new ConnectException("Connection refused: /127.0.0.1:15432")),
                new PgException("terminating connection due to administrator command", "FATAL", "57P01", null),
                new PgException("could not serialize access", "ERROR", "40001", null),
                new PgException("deadlock detected", "ERROR", "40P01", null),
                new RuntimeException(new ConnectException("Connection refused")),
                new RuntimeException(new ConnectException("Connection refused")),
                new RuntimeException(new ConnectException("Connection refused"))));
        double transientBefore = retries("transient");
        double deadBefore = deadLettered(ORDER_DLQ, "transient") + deadLettered(ORDER_DLQ, "permanent");

        send(Topics.ORDER_EVENTS, user.toString(), EnvelopeCodec.encode(first), EnvelopeCodec.encode(second));

        Await.until("both messages applied", () -> arrivalsOf(second.id()) == 1);
        assertEquals(1, arrivalsOf(first.id()), "the waited-out message applied once");
        assertEquals(0, FailureScript.left(first.id()));
        long firstSeq = Sql.count("select seq from outbox_test.arrival where message_id = ?", first.id());
        long secondSeq = Sql.count("select seq from outbox_test.arrival where message_id = ?", second.id());
        assertTrue(firstSeq < secondSeq, "the later message of the partition did not overtake the waiting one");
        assertEquals(8, retries("transient") - transientBefore, 0.0, "each transient failure retried and counted");
        assertEquals(deadBefore, deadLettered(ORDER_DLQ, "transient") + deadLettered(ORDER_DLQ, "permanent"), 0.0);
    }

    @Test
    void permanentFailuresAreDeadLetteredAfterTheBoundedAttemptsAndCounted() {
        UUID user = UUID.randomUUID();
        Envelope doomed = queued(user, 1);
        Envelope next = queued(user, 2);
        FailureScript.failWith(doomed.id(), new IllegalStateException("order is not pending"), 10);
        double permanentRetries = retries("permanent");
        double dead = deadLettered(ORDER_DLQ, "permanent");

        send(Topics.ORDER_EVENTS, user.toString(), EnvelopeCodec.encode(doomed), EnvelopeCodec.encode(next));

        Await.until("the message after the dead letter applied", () -> arrivalsOf(next.id()) == 1);
        assertEquals(0, arrivalsOf(doomed.id()));
        assertEquals(7, FailureScript.left(doomed.id()), "exactly the 3 allowed attempts were made");
        assertEquals(2, retries("permanent") - permanentRetries, 0.0);
        Await.until("the dead letter counted", () -> deadLettered(ORDER_DLQ, "permanent") == dead + 1);
    }

    @Test
    void unreadableMessagesAreDeadLetteredAtOnceAndCounted() {
        double dead = deadLettered(ORDER_DLQ, "unreadable");
        send(Topics.ORDER_EVENTS, UUID.randomUUID().toString(), "{\"not\": \"an envelope\"}");
        Await.until("the unreadable message counted", () -> deadLettered(ORDER_DLQ, "unreadable") == dead + 1);
    }

    @Test
    void aConsumerThatNacksPastTheInboxIsCountedToo() {
        String paymentDlq = Topics.deadLetterOf(Topics.PAYMENT_EVENTS);
        double dead = deadLettered(paymentDlq, "permanent");
        send(Topics.PAYMENT_EVENTS, "raw", "one", "two");
        Await.until("both raw nacks counted", () -> deadLettered(paymentDlq, "permanent") == dead + 2);
        given().get("/q/metrics").then().statusCode(200).body(containsString(
                "telekpr_inbox_dead_lettered_total{reason=\"permanent\",topic=\"" + paymentDlq + "\"}"));
    }

    @Test
    void everyDeadLetterTopicIsWatchedFromZero() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("telekpr_inbox_dead_lettered_total{reason=\"transient\",topic=\"" + ORDER_DLQ + "\"}"))
                .body(containsString("telekpr_inbox_retries_total{reason=\"transient\"}"))
                .body(containsString("telekpr_inbox_waiting"));
    }

    private double retries(String reason) {
        return registry.get("telekpr.inbox.retries").tag("reason", reason).counter().count();
    }

    private double deadLettered(String topic, String reason) {
        return registry.get(InboxMetrics.DEAD_LETTERED).tag("topic", topic).tag("reason", reason).counter().count();
    }

    private static void send(String topic, String key, String... payloads) {
        try (var sender = new TopicSender()) {
            for (String payload : payloads) {
                sender.sendRaw(topic, key, payload);
            }
        }
    }
}
