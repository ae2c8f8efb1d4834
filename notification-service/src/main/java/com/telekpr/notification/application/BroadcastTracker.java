package com.telekpr.notification.application;

import com.telekpr.notification.store.BroadcastRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** While broadcasts are sending: BroadcastProgress every few seconds, and completion when nothing is left. */
@ApplicationScoped
public class BroadcastTracker {
    private final BroadcastRepository broadcasts;
    private final BroadcastDesk desk;

    BroadcastTracker(BroadcastRepository broadcasts, BroadcastDesk desk) {
        this.broadcasts = broadcasts;
        this.desk = desk;
    }

    @Scheduled(every = "${telekpr.notification.broadcast.progress-every:PT2S}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> tick() {
        return Panache.withSession(() -> broadcasts.find("status", "sending").project(IdOnly.class).list())
                .chain(sending -> {
                    Uni<Void> all = Uni.createFrom().voidItem();
                    for (IdOnly broadcast : sending) {
                        all = all.chain(() -> desk.review(broadcast.id()).replaceWithVoid());
                    }
                    return all;
                });
    }

    public record IdOnly(UUID id) {
    }
}
