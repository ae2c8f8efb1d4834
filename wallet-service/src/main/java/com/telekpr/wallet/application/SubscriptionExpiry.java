package com.telekpr.wallet.application;

import com.telekpr.events.Event;
import com.telekpr.outbox.Outbox;
import com.telekpr.wallet.domain.SubscriptionPlan;
import com.telekpr.wallet.store.SubscriptionRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * product.md §8.1: SubscriptionExpiring 3 days before the end (once per period) and SubscriptionExpired at
 * the end. Each subscription is handled in its own transaction, so one failure holds up no other.
 */
@ApplicationScoped
public class SubscriptionExpiry {
    private final SubscriptionRepository subscriptions;
    private final Outbox outbox;
    private final SubscriptionPlan plan;

    SubscriptionExpiry(SubscriptionRepository subscriptions, Outbox outbox, SubscriptionConfig config) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.plan = config.plan();
    }

    /** Reminds and expires what is due at {@code now}; returns how many events that produced. */
    public Uni<Integer> checkAt(Instant now) {
        return Panache.withSession(() -> subscriptions.activeEndingBy(now.plus(plan.expiryNotice())))
                .chain(due -> {
                    Uni<Integer> total = Uni.createFrom().item(0);
                    for (UUID id : due) {
                        total = total.chain(sum -> attend(id, now).map(events -> sum + events));
                    }
                    return total;
                });
    }

    private Uni<Integer> attend(UUID subscriptionId, Instant now) {
        return Panache.withTransaction(() -> subscriptions.lock(subscriptionId).chain(row -> {
            var subscription = row.toDomain();
            List<Event> events = new ArrayList<>();
            subscription.expireIfEnded(now).ifPresentOrElse(events::add,
                    () -> subscription.remindIfEndingSoon(plan, now).ifPresent(events::add));
            if (events.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            row.copy(subscription);
            return outbox.appendNew(row.userId, subscriptionId.toString(), events).replaceWith(events.size());
        }));
    }
}
