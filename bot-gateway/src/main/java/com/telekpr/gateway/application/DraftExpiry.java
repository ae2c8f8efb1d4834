package com.telekpr.gateway.application;

import com.telekpr.gateway.store.ConversationRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Drops abandoned drafts after the configured time, so half-typed profiles do not linger. */
@ApplicationScoped
public class DraftExpiry {
    private final ConversationRepository conversations;
    private final GatewayConfig config;

    DraftExpiry(ConversationRepository conversations, GatewayConfig config) {
        this.conversations = conversations;
        this.config = config;
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> sweep() {
        return expireBefore(Instant.now().minus(config.draftTtl())).replaceWithVoid();
    }

    /** Expires every unfinished draft last touched before {@code cutoff}; returns how many. */
    public Uni<Integer> expireBefore(Instant cutoff) {
        return Panache.withTransaction(() -> conversations.expireBefore(cutoff));
    }
}
