package com.telekpr.wallet.domain;

import com.telekpr.events.AccountEvent.BalanceAdjusted;
import com.telekpr.events.AccountEvent.BalanceLow;
import com.telekpr.events.AccountEvent.TokenDebitRejected;
import com.telekpr.events.AccountEvent.TokensCredited;
import com.telekpr.events.AccountEvent.TokensDebited;
import com.telekpr.events.AccountEvent.TokensRefunded;
import com.telekpr.events.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A user's tokens. Every decision returns the ledger line and events it produces; the balance is an
 * integer that never goes below zero.
 */
public final class TokenAccount {
    /** product.md §8.1: a user is warned when the balance falls below this. */
    public static final int LOW_BALANCE_THRESHOLD = 50;
    public static final String INSUFFICIENT_BALANCE = "INSUFFICIENT_BALANCE";

    private int balance;

    public TokenAccount(int balance) {
        if (balance < 0) {
            throw new IllegalArgumentException("a balance is never negative, was " + balance);
        }
        this.balance = balance;
    }

    public int balance() {
        return balance;
    }

    /** Debits an order's cost, or refuses with what is missing; never both, never partly. */
    public AccountChange debitForOrder(UUID orderId, int cost) {
        requirePositive(cost, "an order's cost");
        if (cost > balance) {
            return AccountChange.refused(new TokenDebitRejected(orderId, INSUFFICIENT_BALANCE, balance, cost));
        }
        int after = move(-cost);
        var entry = LedgerEntry.of(TransactionType.ORDER_DEBIT, -cost, after, "order " + orderId).forOrder(orderId);
        return withLowBalanceWarning(after + cost, entry, new TokensDebited(orderId, cost, after));
    }

    public AccountChange refundOrder(UUID orderId, int amount) {
        requirePositive(amount, "a refund");
        int after = move(amount);
        var entry = LedgerEntry.of(TransactionType.REFUND, amount, after, "refund of cancelled order " + orderId)
                .forOrder(orderId);
        return new AccountChange(Optional.of(entry), List.of(new TokensRefunded(orderId, amount, after)));
    }

    public AccountChange creditPurchase(UUID paymentId, String trackId, int tokens) {
        requirePositive(tokens, "a purchase");
        int after = move(tokens);
        var entry = new LedgerEntry(TransactionType.PURCHASE, tokens, after, "oxapay", paymentId.toString(), "paid",
                "purchase of " + tokens + " tokens (OxaPay track " + trackId + ")", null);
        return new AccountChange(Optional.of(entry), List.of(new TokensCredited(paymentId, tokens, after)));
    }

    /** An admin's correction; refused with an exception (the admin gets a 409) if it would go negative. */
    public AccountChange adjust(int amount, String reason, UUID adminId) {
        if (amount == 0) {
            throw new IllegalArgumentException("an adjustment of zero tokens changes nothing");
        }
        if (balance + amount < 0) {
            throw new InsufficientBalanceException(balance, amount);
        }
        int before = balance;
        int after = move(amount);
        var entry = LedgerEntry.of(TransactionType.ADMIN_ADJUSTMENT, amount, after, reason);
        return withLowBalanceWarning(before, entry, new BalanceAdjusted(amount, after, reason, adminId));
    }

    /** Takes a subscription's price; the caller turns a refusal into its own rejection event. */
    public Optional<AccountChange> chargeSubscription(int price, String plan) {
        requirePositive(price, "a subscription price");
        if (price > balance) {
            return Optional.empty();
        }
        int after = move(-price);
        var entry = LedgerEntry.of(TransactionType.SUBSCRIPTION, -price, after, plan + " subscription");
        return Optional.of(withLowBalanceWarning(after + price, entry));
    }

    private int move(int amount) {
        balance += amount;
        return balance;
    }

    /** product.md §8.1: warn once per crossing, i.e. only when this change took the balance from ≥ 50 to < 50. */
    private AccountChange withLowBalanceWarning(int before, LedgerEntry entry, Event... events) {
        List<Event> all = new ArrayList<>(List.of(events));
        if (before >= LOW_BALANCE_THRESHOLD && balance < LOW_BALANCE_THRESHOLD) {
            all.add(new BalanceLow(balance, LOW_BALANCE_THRESHOLD));
        }
        return new AccountChange(Optional.of(entry), List.copyOf(all));
    }

    private static void requirePositive(int amount, String what) {
        if (amount <= 0) {
            throw new IllegalArgumentException(what + " must be a positive number of tokens, was " + amount);
        }
    }
}
