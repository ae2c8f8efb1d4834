package com.telekpr.events;

import java.util.UUID;

/** Facts about token accounts, published by wallet-service on {@value Topics#WALLET_EVENTS}. */
public sealed interface AccountEvent extends Event {

    record AccountOpened(int balance) implements AccountEvent {
    }

    record TokensCredited(UUID paymentId, int amount, int balanceAfter) implements AccountEvent {
    }

    record TokensDebited(UUID orderId, int amount, int balanceAfter) implements AccountEvent {
    }

    record TokenDebitRejected(UUID orderId, String reason, int balance, int required) implements AccountEvent {
    }

    record TokensRefunded(UUID orderId, int amount, int balanceAfter) implements AccountEvent {
    }

    record BalanceAdjusted(int amount, int balanceAfter, String reason, UUID adminId) implements AccountEvent {
    }

    record BalanceLow(int balance, int threshold) implements AccountEvent {
    }
}
