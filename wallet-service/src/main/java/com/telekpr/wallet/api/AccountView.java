package com.telekpr.wallet.api;

import com.telekpr.wallet.application.WalletQueries.AccountState;
import java.time.Instant;
import java.util.UUID;

public record AccountView(UUID userId, int balance, SubscriptionView subscription) {

    public record SubscriptionView(String type, String status, Instant expiresAt, boolean active) {
    }

    static AccountView of(AccountState state) {
        var row = state.subscription();
        SubscriptionView subscription = row == null ? null : new SubscriptionView(row.type, row.status,
                row.expiresAt, row.toDomain().isActiveAt(Instant.now()));
        return new AccountView(state.userId(), state.balance(), subscription);
    }
}
