package com.telekpr.wallet.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.AccountEvent.BalanceAdjusted;
import com.telekpr.events.AccountEvent.BalanceLow;
import com.telekpr.events.AccountEvent.TokenDebitRejected;
import com.telekpr.events.AccountEvent.TokensCredited;
import com.telekpr.events.AccountEvent.TokensDebited;
import com.telekpr.events.AccountEvent.TokensRefunded;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TokenAccountTest {
    private final UUID order = UUID.randomUUID();

    @Test
    void anAffordableOrderIsDebitedWithItsLedgerLine() {
        var account = new TokenAccount(500);
        var change = account.debitForOrder(order, 100);

        assertEquals(400, account.balance());
        assertEquals(List.of(new TokensDebited(order, 100, 400)), change.events());
        var entry = change.entry().orElseThrow();
        assertEquals(TransactionType.ORDER_DEBIT, entry.type());
        assertEquals(-100, entry.amount());
        assertEquals(400, entry.balanceAfter());
        assertEquals(order, entry.orderId());
    }

    @Test
    void anUnaffordableOrderIsRefusedWithTheBalanceAndTheAmountRequired() {
        var account = new TokenAccount(40);
        var change = account.debitForOrder(order, 100);

        assertFalse(change.applied());
        assertEquals(40, account.balance());
        assertEquals(List.of(new TokenDebitRejected(order, "INSUFFICIENT_BALANCE", 40, 100)), change.events());
    }

    @Test
    void theExactBalanceCanBeSpent() {
        var account = new TokenAccount(100);
        assertTrue(account.debitForOrder(order, 100).applied());
        assertEquals(0, account.balance());
    }

    @Test
    void theLowBalanceWarningComesOncePerCrossing() {
        var account = new TokenAccount(120);
        var crossing = account.debitForOrder(order, 80);
        var alreadyLow = account.debitForOrder(UUID.randomUUID(), 10);

        assertEquals(List.of(new TokensDebited(order, 80, 40), new BalanceLow(40, 50)), crossing.events());
        assertTrue(alreadyLow.events().stream().noneMatch(BalanceLow.class::isInstance));
    }

    @Test
    void aNegativeAdjustmentThatCrossesTheThresholdAlsoWarns() {
        var account = new TokenAccount(60);
        UUID admin = UUID.randomUUID();
        var change = account.adjust(-20, "correction", admin);
        assertEquals(List.of(new BalanceAdjusted(-20, 40, "correction", admin), new BalanceLow(40, 50)),
                change.events());
    }

    @Test
    void refundsAndPurchasesCredit() {
        var account = new TokenAccount(0);
        UUID payment = UUID.randomUUID();
        var purchase = account.creditPurchase(payment, "track-1", 500);
        var refund = account.refundOrder(order, 100);

        assertEquals(600, account.balance());
        assertEquals(List.of(new TokensCredited(payment, 500, 500)), purchase.events());
        assertEquals(payment.toString(), purchase.entry().orElseThrow().paymentId());
        assertEquals(List.of(new TokensRefunded(order, 100, 600)), refund.events());
        assertEquals(TransactionType.REFUND, refund.entry().orElseThrow().type());
    }

    @Test
    void anAdjustmentBelowZeroIsRefusedAndChangesNothing() {
        var account = new TokenAccount(30);
        var refusal = assertThrows(InsufficientBalanceException.class, () -> account.adjust(-31, "x", null));
        assertEquals(30, refusal.balance());
        assertEquals(30, account.balance());
    }

    @Test
    void nonsenseAmountsAreRefused() {
        var account = new TokenAccount(30);
        assertThrows(IllegalArgumentException.class, () -> account.adjust(0, "x", null));
        assertThrows(IllegalArgumentException.class, () -> account.debitForOrder(order, 0));
        assertThrows(IllegalArgumentException.class, () -> account.creditPurchase(order, "t", -5));
        assertThrows(IllegalArgumentException.class, () -> new TokenAccount(-1));
    }

    @Test
    void aSubscriptionIsChargedOnlyWhenAffordable() {
        var account = new TokenAccount(350);
        assertTrue(account.chargeSubscription(300, "premium").isPresent());
        assertEquals(50, account.balance());
        assertTrue(account.chargeSubscription(300, "premium").isEmpty());
        assertEquals(50, account.balance());
    }
}
