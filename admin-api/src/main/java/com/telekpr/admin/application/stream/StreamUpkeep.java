package com.telekpr.admin.application.stream;

import com.telekpr.admin.application.AdminConfig;
import com.telekpr.admin.application.SuiteHealth;
import com.telekpr.admin.application.port.ServiceHealth;
import com.telekpr.admin.store.ProjectionLock;
import com.telekpr.admin.store.StreamLog;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps the live stream's table: tells it when a service's readiness changes (as this replica sees it),
 * and forgets streamed events older than the retention a reconnecting client may ask back for.
 */
@ApplicationScoped
public class StreamUpkeep {
    private final Pool pool;
    private final SuiteHealth health;
    private final Duration retention;
    private final Map<String, Boolean> lastReady = new HashMap<>();

    StreamUpkeep(Pool pool, SuiteHealth health, AdminConfig config) {
        this.pool = pool;
        this.health = health;
        this.retention = config.streamRetention();
    }

    @Scheduled(every = "${telekpr.admin.health-cache-ttl:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> watchHealth() {
        return health.current().chain(suite -> {
            Uni<Void> told = Uni.createFrom().voidItem();
            for (ServiceHealth service : suite.services()) {
                Boolean before = lastReady.put(service.name(), service.ready());
                if (before != null && before != service.ready()) {
                    String data = "{\"service\":\"" + service.name() + "\",\"ready\":" + service.ready()
                            + ",\"time\":\"" + Instant.now() + "\"}";
                    // under the projection lock like any projected event, so a rebuild's swap cannot lose it
                    told = told.chain(() -> pool.withTransaction(connection -> ProjectionLock.shared(connection)
                            .chain(() -> StreamLog.append(connection, UUID.randomUUID(), "HealthChanged", Instant.now(), data))));
                }
            }
            return told;
        });
    }

    @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> forgetOld() {
        return pool.withTransaction(connection -> ProjectionLock.shared(connection)
                .chain(() -> StreamLog.forget(connection, Instant.now().minus(retention))));
    }
}
