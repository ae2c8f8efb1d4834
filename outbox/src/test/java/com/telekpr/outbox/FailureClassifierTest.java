package com.telekpr.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.events.MalformedMessageException;
import io.vertx.core.VertxException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

/** Plain Java: which failures wait out the infrastructure, and which are the message's own. */
class FailureClassifierTest {

    private static PgException postgres(String sqlState) {
        return new PgException("server said " + sqlState, "FATAL", sqlState, null);
    }

    @Test
    void theDatabaseOrBrokerAwayIsTransientHoweverDeeplyWrapped() {
        List<Throwable> transients = List.of(
                new ConnectException("Connection refused: /127.0.0.1:15432"),
                ClosedConnectionException.INSTANCE,
                new VertxException("Timeout waiting for connection", true),
                new VertxException("Connection not open CLOSED"),
                new VertxException("Pool closed"),
                new TimeoutException(),
                new SocketTimeoutException("Read timed out"),
                postgres("08006"), // connection failure
                postgres("08001"), // cannot connect
                postgres("40001"), // serialization failure
                postgres("40P01"), // deadlock
                postgres("53300"), // too many connections
                postgres("55P03"), // lock not available
                postgres("57P01"), // terminating connection due to administrator command: a restart
                postgres("57P03"), // the database system is starting up
                new SQLTransientConnectionException("pool exhausted", "08003"),
                new NotEnoughReplicasException("broker"),
                new org.apache.kafka.common.errors.TimeoutException("metadata"),
                new ConversationRace());
        for (Throwable failure : transients) {
            assertEquals(FailureKind.TRANSIENT, FailureClassifier.classify(failure), failure.toString());
            Throwable wrapped = new CompletionException(new HibernateException("wrapped", failure));
            assertEquals(FailureKind.TRANSIENT, FailureClassifier.classify(wrapped), "wrapped " + failure);
        }
    }

    @Test
    void whatTheMessageCausesIsPermanent() {
        List<Throwable> permanents = List.of(
                new IllegalStateException("order is not pending"),
                new NullPointerException(),
                postgres("23505"), // unique violation
                postgres("42P01"), // undefined table
                postgres("22P02"), // invalid text representation
                new VertxException("Transaction already completed"),
                new IOException("a JSON body we could not read"),
                new HibernateException("mapping"));
        for (Throwable failure : permanents) {
            assertEquals(FailureKind.PERMANENT, FailureClassifier.classify(failure), failure.toString());
        }
    }

    @Test
    void anUnreadableMessageIsNamedSo() {
        var unreadable = new MalformedMessageException("message is not valid JSON", null);
        assertEquals(FailureKind.UNREADABLE, FailureClassifier.classify(unreadable));
        assertEquals(FailureKind.UNREADABLE, FailureClassifier.classify(new IllegalStateException("effect", unreadable)));
    }

    @Test
    void aCycleInTheCauseChainEnds() {
        var first = new IllegalStateException("first");
        var second = new IllegalArgumentException("second", first);
        first.initCause(second);
        assertEquals(FailureKind.PERMANENT, FailureClassifier.classify(first));
    }

    /** A service's own race, marked transient (as the gateway's conversation version check is). */
    private static final class ConversationRace extends RuntimeException implements TransientFailure {
    }
}
