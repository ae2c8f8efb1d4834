package com.telekpr.wallet.application;

import com.telekpr.events.Envelope;
import com.telekpr.events.OrderEvent.OrderCancelled;
import com.telekpr.events.OrderEvent.OrderPlaced;
import com.telekpr.outbox.Outbox;
import com.telekpr.wallet.domain.AccountChange;
import com.telekpr.wallet.store.OrderChargeEntity;
import com.telekpr.wallet.store.OrderChargeRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The wallet's part of the order saga: an order placed is debited or rejected (exactly one outcome,
 * ever), and a cancelled order gets back exactly what was debited for it, once.
 */
@ApplicationScoped
public class OrderCharging {
    private final AccountBook book;
    private final OrderChargeRepository charges;
    private final Outbox outbox;

    OrderCharging(AccountBook book, OrderChargeRepository charges, Outbox outbox) {
        this.book = book;
        this.charges = charges;
        this.outbox = outbox;
    }

    public Uni<Void> debit(Envelope cause, OrderPlaced placed) {
        // the account lock comes first: it serialises every money move of this user, this check included
        return Panache.withTransaction(() -> book.lockOrOpen(cause.userId())
                .chain(locked -> charges.findById(placed.orderId()).chain(earlier -> {
                    if (earlier != null) {
                        return Uni.createFrom().voidItem();
                    }
                    AccountChange change = locked.account().debitForOrder(placed.orderId(), placed.tokenCost());
                    return book.save(locked, change, cause.id())
                            .chain(() -> charges.persist(outcome(placed, cause.userId(), change)))
                            .chain(() -> outbox.appendCausedBy(cause, placed.orderId().toString(),
                                    locked.eventsWith(change.events())));
                })));
    }

    public Uni<Void> refund(Envelope cause, OrderCancelled cancelled) {
        return Panache.withTransaction(() -> book.lockOrOpen(cause.userId())
                .chain(locked -> charges.findById(cancelled.orderId()).chain(charge -> {
                    if (charge == null || !OrderChargeEntity.DEBITED.equals(charge.outcome) || charge.refunded) {
                        return Uni.createFrom().voidItem();
                    }
                    AccountChange change = locked.account().refundOrder(cancelled.orderId(), charge.amount);
                    charge.refunded = true;
                    return book.save(locked, change, cause.id())
                            .chain(() -> outbox.appendCausedBy(cause, cancelled.orderId().toString(),
                                    locked.eventsWith(change.events())));
                })));
    }

    private static OrderChargeEntity outcome(OrderPlaced placed, UUID userId, AccountChange change) {
        var charge = new OrderChargeEntity();
        charge.orderId = placed.orderId();
        charge.userId = userId;
        charge.outcome = change.applied() ? OrderChargeEntity.DEBITED : OrderChargeEntity.REJECTED;
        charge.amount = change.applied() ? placed.tokenCost() : 0;
        return charge;
    }
}
