package com.telekpr.notification.dispatch;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Only one instance may talk to Telegram, or the rate limits would be per instance. The sender holds
 * a session advisory lock on a connection of its own: a crashed holder's connection closes and the
 * lock passes to the next instance at once (a holder that hangs keeps it until its connection times out).
 */
@ApplicationScoped
public class DispatchLeadership {
    private static final Logger LOG = Logger.getLogger(DispatchLeadership.class);
    private static final String LOCK = "select pg_try_advisory_lock(hashtext('notification.dispatcher')) as held";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** How often a held lock's connection is checked: the send loop asks on every pass. */
    private static final long CHECK_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

    private final Pool pool;
    private SqlConnection connection;
    private long checkedAt;
    /** Set the moment the lock's connection closes (a database restart): the lock is gone with it. */
    private volatile boolean connectionClosed;

    DispatchLeadership(Pool pool) {
        this.pool = pool;
    }

    /** True if this instance holds (or now took) the lock; blocking, for the dispatcher's thread. */
    public synchronized boolean hold() {
        try {
            if (connection != null) {
                if (connectionClosed) {
                    throw new IllegalStateException("the lock's connection closed");
                }
                if (System.nanoTime() - checkedAt > CHECK_EVERY_NANOS) {
                    connection.query("select 1").execute().await().atMost(TIMEOUT);
                    checkedAt = System.nanoTime();
                }
                return true;
            }
            return tryLock(pool.getConnection().await().atMost(TIMEOUT));
        } catch (RuntimeException lost) {
            if (connection != null) {
                LOG.warnf("lost the sender lock: %s", lost.toString());
            } else {
                LOG.debugf("could not try the sender lock: %s", lost.toString());
            }
            release();
            return false;
        }
    }

    private boolean tryLock(SqlConnection candidate) {
        boolean held = false;
        try {
            connectionClosed = false;
            candidate.closeHandler(() -> connectionClosed = true);
            held = candidate.query(LOCK).execute().await().atMost(TIMEOUT).iterator().next().getBoolean("held");
        } finally {
            if (held) {
                connection = candidate;
                checkedAt = System.nanoTime();
                LOG.info("this instance now sends to Telegram");
            } else {
                candidate.close().subscribe().with(closed -> { }, alreadyClosed -> { });
            }
        }
        return held;
    }

    public synchronized void release() {
        if (connection != null) {
            try {
                connection.closeAndAwait();
            } catch (RuntimeException alreadyClosed) {
                LOG.debug("sender lock connection was already closed", alreadyClosed);
            }
            connection = null;
        }
    }
}
