package com.telekpr.wallet.application;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Runs the subscription expiry check on a schedule; several instances may run it, the row locks keep it once. */
@ApplicationScoped
class SubscriptionClock {
    private final SubscriptionExpiry expiry;

    SubscriptionClock(SubscriptionExpiry expiry) {
        this.expiry = expiry;
    }

    @Scheduled(every = "${telekpr.subscription.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return expiry.checkAt(Instant.now()).replaceWithVoid();
    }
}
