package com.telekpr.wallet.application;

import com.telekpr.events.Event;
import com.telekpr.events.SubscriptionEvent.SubscriptionActivated;
import com.telekpr.outbox.Outbox;
import com.telekpr.wallet.domain.Subscription;
import com.telekpr.wallet.domain.SubscriptionChangeRefusedException;
import com.telekpr.wallet.domain.SubscriptionPlan;
import com.telekpr.wallet.store.SubscriptionEntity;
import com.telekpr.wallet.store.SubscriptionRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * An admin's subscription changes without a charge (PRD §3.4.3): grant (from now, or on top of an active one),
 * extend (an active one only) and cancel (now). Told as SubscriptionActivated (price 0) and SubscriptionExpired, so
 * order-service's subscriber prices and the customer's notices follow as for a purchase.
 */
@ApplicationScoped
public class SubscriptionGrants {
    private static final Logger LOG = Logger.getLogger(SubscriptionGrants.class);

    private final AccountBook book;
    private final SubscriptionRepository subscriptions;
    private final Outbox outbox;
    private final SubscriptionPlan plan;

    SubscriptionGrants(AccountBook book, SubscriptionRepository subscriptions, Outbox outbox, SubscriptionConfig config) {
        this.book = book;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.plan = config.plan();
    }

    public enum Change { GRANT, EXTEND, CANCEL }

    public record SubscriptionView(UUID userId, String type, String status, Instant expiresAt) {
    }

    public Uni<SubscriptionView> change(UUID userId, Change change, int days, UUID actor, String reason) {
        // Postgres keeps microseconds: deciding on the stored precision keeps the event and the row equal
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return Panache.withTransaction(() -> book.lockExisting(userId).chain(locked -> subscriptions.findByUser(userId)
                .chain(row -> {
                    LOG.infof("subscription of %s: %s %d days by %s: %s", userId, change, days, actor, reason);
                    if (row == null) {
                        return start(userId, change, days, now, locked.account().balance());
                    }
                    Subscription subscription = row.toDomain();
                    Event event = switch (change) {
                        case CANCEL -> subscription.cancel(now);
                        case EXTEND -> {
                            if (!subscription.isActiveAt(now)) {
                                throw new SubscriptionChangeRefusedException("there is no active subscription to extend;"
                                        + " grant one instead");
                            }
                            yield subscription.grant(Duration.ofDays(days), now, locked.account().balance());
                        }
                        case GRANT -> subscription.grant(Duration.ofDays(days), now, locked.account().balance());
                    };
                    row.copy(subscription);
                    return outbox.appendNew(userId, subscription.id().toString(), List.of(event))
                            .map(appended -> view(userId, subscription));
                })));
    }

    private Uni<SubscriptionView> start(UUID userId, Change change, int days, Instant now, int balance) {
        if (change != Change.GRANT) {
            throw new SubscriptionChangeRefusedException("there is no subscription to " + change.name().toLowerCase()
                    + "; grant one instead");
        }
        var subscription = Subscription.granted(UUID.randomUUID(), plan.type(), Duration.ofDays(days), now);
        var created = new SubscriptionEntity();
        created.userId = userId;
        created.copy(subscription);
        var activated = new SubscriptionActivated(subscription.id(),
                subscription.type(), subscription.expiresAt(), 0, balance);
        return subscriptions.persist(created).chain(saved -> outbox.appendNew(userId, subscription.id().toString(),
                List.of(activated))).map(appended -> view(userId, subscription));
    }

    private static SubscriptionView view(UUID userId, Subscription subscription) {
        return new SubscriptionView(userId, subscription.type(), subscription.status().name().toLowerCase(),
                subscription.expiresAt());
    }
}
