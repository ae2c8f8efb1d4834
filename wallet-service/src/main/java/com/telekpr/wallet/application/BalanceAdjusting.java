package com.telekpr.wallet.application;

import com.telekpr.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** An admin's balance correction (product.md §6.2): signed, with a reason, never below zero. */
@ApplicationScoped
public class BalanceAdjusting {
    private final AccountBook book;
    private final Outbox outbox;

    BalanceAdjusting(AccountBook book, Outbox outbox) {
        this.book = book;
        this.outbox = outbox;
    }

    public record Adjusted(UUID transactionId, int amount, int balanceAfter, String reason) {
    }

    /** Fails with UnknownAccountException, InsufficientBalanceException or IllegalArgumentException (zero). */
    public Uni<Adjusted> adjust(UUID userId, int amount, String reason, UUID adminId) {
        return Panache.withTransaction(() -> book.lockExisting(userId).chain(locked -> {
            var change = locked.account().adjust(amount, reason, adminId);
            return book.save(locked, change, null)
                    .call(() -> outbox.appendNew(userId, "account", change.events()))
                    .map(line -> new Adjusted(line.id, amount, line.balanceAfter, reason));
        }));
    }
}
