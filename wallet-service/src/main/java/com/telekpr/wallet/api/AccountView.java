package com.telekpr.wallet.api;

import com.telekpr.wallet.application.WalletQueries.AccountState;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

public record AccountView(UUID userId, int balance, SubscriptionView subscription) {

    /** {@code status} is lower-case ("active", "expired"), the spelling the API has always answered. */
    public record SubscriptionView(String type, String status, Instant expiresAt, boolean active) {
    }

    static AccountView of(AccountState state) {
        var held = state.subscription();
        SubscriptionView subscription = held == null ? null : new SubscriptionView(held.type(),
                held.status().name().toLowerCase(Locale.ROOT), held.expiresAt(), held.isActiveAt(Instant.now()));
        return new AccountView(state.userId(), state.balance(), subscription);
    }
}
