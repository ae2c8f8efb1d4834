package com.telekpr.wallet.application;

import com.telekpr.events.Envelope;
import com.telekpr.events.Event;
import com.telekpr.events.SubscriptionEvent.SubscriptionActivated;
import com.telekpr.events.SubscriptionEvent.SubscriptionPurchaseRejected;
import com.telekpr.events.WalletCommand.PurchaseSubscription;
import com.telekpr.outbox.Outbox;
import com.telekpr.wallet.domain.Subscription;
import com.telekpr.wallet.domain.SubscriptionPlan;
import com.telekpr.wallet.domain.TokenAccount;
import com.telekpr.wallet.store.SubscriptionEntity;
import com.telekpr.wallet.store.SubscriptionRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** PurchaseSubscription → the price debited and the subscription started or extended, or a reasoned refusal. */
@ApplicationScoped
public class SubscriptionPurchasing {
    static final String UNKNOWN_PLAN = "UNKNOWN_PLAN";

    private final AccountBook book;
    private final SubscriptionRepository subscriptions;
    private final Outbox outbox;
    private final SubscriptionPlan plan;

    SubscriptionPurchasing(AccountBook book, SubscriptionRepository subscriptions, Outbox outbox,
                           SubscriptionConfig config) {
        this.book = book;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.plan = config.plan();
    }

    public Uni<Void> purchase(Envelope cause, PurchaseSubscription command) {
        return Panache.withTransaction(() -> book.lockOrOpen(cause.userId()).chain(locked -> {
            TokenAccount account = locked.account();
            if (!plan.type().equals(command.type())) {
                return reject(cause, locked, command, UNKNOWN_PLAN);
            }
            var charge = account.chargeSubscription(plan.priceTokens(), plan.type());
            if (charge.isEmpty()) {
                return reject(cause, locked, command, TokenAccount.INSUFFICIENT_BALANCE);
            }
            int balanceAfter = account.balance();
            return book.save(locked, charge.get(), cause.id())
                    .chain(() -> activate(cause.userId(), balanceAfter))
                    .chain(activated -> {
                        List<Event> events = new ArrayList<>(locked.eventsWith(charge.get().events()));
                        events.add(activated);
                        return outbox.appendCausedBy(cause, activated.subscriptionId().toString(), events);
                    });
        }));
    }

    private Uni<SubscriptionActivated> activate(UUID userId, int balanceAfter) {
        // Postgres keeps microseconds: deciding on the stored precision keeps the event and the row equal
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return subscriptions.findByUser(userId).chain(row -> {
            if (row == null) {
                var subscription = Subscription.start(UUID.randomUUID(), plan, now);
                var created = new SubscriptionEntity();
                created.userId = userId;
                created.copy(subscription);
                return subscriptions.persist(created).map(saved -> subscription.activated(plan, balanceAfter));
            }
            var subscription = row.toDomain();
            var activated = subscription.renew(plan, now, balanceAfter);
            row.copy(subscription);
            return Uni.createFrom().item(activated);
        });
    }

    private Uni<Void> reject(Envelope cause, LockedAccount locked, PurchaseSubscription command, String reason) {
        int balance = locked.account().balance();
        var rejected = new SubscriptionPurchaseRejected(command.requestId(), command.type(), reason, balance,
                plan.priceTokens());
        return outbox.appendCausedBy(cause, command.requestId().toString(), locked.eventsWith(List.of(rejected)));
    }
}
