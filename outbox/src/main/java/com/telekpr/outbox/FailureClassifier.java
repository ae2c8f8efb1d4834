package com.telekpr.outbox;

import com.telekpr.events.MalformedMessageException;
import io.vertx.core.VertxException;
import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;
import java.io.IOException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Tells a failure the infrastructure caused (retry until it passes) from one the message causes (retry a
 * few times, then dead-letter). The whole cause chain is read: Hibernate Reactive, Mutiny and
 * CompletionException wrap the driver's error, and the driver's error decides.
 */
public final class FailureClassifier {
    /**
     * SQLSTATE classes and codes of PostgreSQL that say "not now" rather than "never": connection
     * exceptions (08), serialization failure and deadlock (40001, 40P01), insufficient resources such as
     * too many connections (53), lock not available (55P03), and the server shutting down or starting
     * up (57P01–57P03, as in a restart or a failover).
     */
    private static final Set<String> TRANSIENT_SQL_CLASSES = Set.of("08", "53");
    private static final Set<String> TRANSIENT_SQL_STATES = Set.of("40001", "40P01", "55P03", "57P01", "57P02", "57P03");
    private static final int MAX_DEPTH = 20;

    private FailureClassifier() {
    }

    public static FailureKind classify(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean unreadable = false;
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < MAX_DEPTH && seen.add(cause); cause = cause.getCause()) {
            if (isTransient(cause)) {
                return FailureKind.TRANSIENT;
            }
            unreadable |= cause instanceof MalformedMessageException;
            depth++;
        }
        return unreadable ? FailureKind.UNREADABLE : FailureKind.PERMANENT;
    }

    private static boolean isTransient(Throwable cause) {
        if (cause instanceof TransientFailure || cause instanceof ClosedConnectionException
                || cause instanceof RetriableException) {
            return true;
        }
        if (cause instanceof DatabaseException database) {
            return isTransientSqlState(database.getSqlState());
        }
        if (cause instanceof SQLException sql) {
            return isTransientSqlState(sql.getSQLState());
        }
        if (cause instanceof SocketException || cause instanceof UnknownHostException
                || cause instanceof ClosedChannelException) {
            return true; // refused, reset, unreachable: ConnectException and friends
        }
        // TimeoutException, SocketTimeoutException, Vert.x's and Hibernate's timeouts alike
        if (cause.getClass().getSimpleName().endsWith("TimeoutException")) {
            return true;
        }
        if (cause instanceof VertxException) { // a DatabaseException was decided above, by its SQLSTATE
            return mentionsTheConnection(cause.getMessage());
        }
        // Netty's ConnectTimeoutException and an IOException from a dropped socket; JSON errors are IOExceptions too
        return cause instanceof IOException && cause.getClass().getName().startsWith("io.netty.");
    }

    private static boolean isTransientSqlState(String state) {
        return state != null && state.length() == 5
                && (TRANSIENT_SQL_CLASSES.contains(state.substring(0, 2)) || TRANSIENT_SQL_STATES.contains(state));
    }

    /** The pool's own failures carry no type of their own: "Timeout waiting for connection", "Pool closed", … */
    private static boolean mentionsTheConnection(String message) {
        if (message == null) {
            return false;
        }
        String text = message.toLowerCase(Locale.ROOT);
        return text.contains("connection") || text.contains("timeout") || text.contains("pool closed");
    }
}
