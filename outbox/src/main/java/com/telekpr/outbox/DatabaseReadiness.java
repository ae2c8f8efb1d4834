package com.telekpr.outbox;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the service's database answers: during an outage Kubernetes (and the local stack's
 * launcher) see DOWN, and UP again as soon as the database is back, with no restart. The query goes
 * through a connection of the pool, not the pool's one-shot path (see the shared configuration).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements AsyncHealthCheck {
    static final String NAME = "database";
    private static final Duration PATIENCE = Duration.ofSeconds(3);

    private final Pool pool;

    DatabaseReadiness(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return pool.withConnection(connection -> connection.query("select 1").execute())
                .ifNoItem().after(PATIENCE).fail()
                .map(rows -> HealthCheckResponse.up(NAME))
                .onFailure().recoverWithItem(failure -> HealthCheckResponse.named(NAME).down()
                        .withData("error", String.valueOf(failure.getMessage())).build());
    }
}
