package com.telekpr.notification.application;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Keeps the message log from growing without end: ended direct messages and stale held notices go after the retention. */
@ApplicationScoped
public class MessageLogRetention {
    private final NotificationConfig config;

    MessageLogRetention(NotificationConfig config) {
        this.config = config;
    }

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> prune() {
        return pruneBefore(Instant.now().minus(config.logRetention())).replaceWithVoid();
    }

    /** Deletes what ended before {@code cutoff}; returns how many rows went. */
    public Uni<Integer> pruneBefore(Instant cutoff) {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                        "delete from outgoing_messages where status <> 'queued' and broadcast_id is null and finished_at < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate()
                .chain(messages -> session.createNativeQuery("delete from held_notices where held_at < :cutoff")
                        .setParameter("cutoff", cutoff).executeUpdate().map(held -> messages + held))));
    }
}
