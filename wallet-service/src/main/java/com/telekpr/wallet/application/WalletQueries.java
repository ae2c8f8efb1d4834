package com.telekpr.wallet.application;

import com.telekpr.wallet.domain.Subscription;
import com.telekpr.wallet.store.AccountRepository;
import com.telekpr.wallet.store.LedgerRepository;
import com.telekpr.wallet.store.SubscriptionRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** What bot-gateway and admin-api read: a balance with its subscription, and the ledger page by page. */
@ApplicationScoped
public class WalletQueries {
    private final AccountRepository accounts;
    private final LedgerRepository ledger;
    private final SubscriptionRepository subscriptions;

    WalletQueries(AccountRepository accounts, LedgerRepository ledger, SubscriptionRepository subscriptions) {
        this.accounts = accounts;
        this.ledger = ledger;
        this.subscriptions = subscriptions;
    }

    /** {@code subscription} is null for a user who never bought one. */
    public record AccountState(UUID userId, int balance, Subscription subscription) {
    }

    public record TransactionPage(List<TransactionView> items, int page, int size, long total) {
    }

    public Uni<AccountState> account(UUID userId) {
        return Panache.withSession(() -> accounts.findById(userId)
                .onItem().ifNull().failWith(() -> new UnknownAccountException(userId))
                .chain(account -> subscriptions.findByUser(userId)
                        .map(row -> new AccountState(userId, account.balance,
                                row == null ? null : row.toDomain()))));
    }

    public Uni<TransactionPage> transactions(UUID userId, int page, int size) {
        return Panache.withSession(() -> accounts.findById(userId)
                .onItem().ifNull().failWith(() -> new UnknownAccountException(userId))
                .chain(account -> ledger.page(userId, page, size))
                .map(rows -> rows.stream().map(TransactionView::of).toList())
                .chain(items -> ledger.countOf(userId).map(total -> new TransactionPage(items, page, size, total))));
    }
}
