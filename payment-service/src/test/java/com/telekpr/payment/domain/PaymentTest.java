package com.telekpr.payment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.PaymentEvent.PaymentConfirmed;
import com.telekpr.events.PaymentEvent.PaymentExpired;
import com.telekpr.events.PaymentEvent.PaymentFailed;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentTest {
    private final UUID id = UUID.randomUUID();

    private Payment payment(PaymentStatus status) {
        return new Payment(id, "t-1", 500, new BigDecimal("50.00"), status);
    }

    @Test
    void paidConfirmsOnceWhateverArrivesAfter() {
        var payment = payment(PaymentStatus.NEW);
        assertEquals(List.of(), payment.apply(PaymentStatus.PAYING));
        assertEquals(List.of(new PaymentConfirmed(id, "t-1", 500, new BigDecimal("50.00"))), payment.apply(PaymentStatus.PAID));
        assertTrue(payment.apply(PaymentStatus.PAID).isEmpty());
        assertTrue(payment.apply(PaymentStatus.PAYING).isEmpty());
        assertTrue(payment.apply(PaymentStatus.MANUAL_ACCEPT).isEmpty());
        assertTrue(payment.apply(PaymentStatus.EXPIRED).isEmpty());
        assertEquals(PaymentStatus.PAID, payment.status());
    }

    @Test
    void expiryAndUnderpaymentAreReportedButALatePaymentStillConfirms() {
        var expired = payment(PaymentStatus.WAITING);
        assertEquals(List.of(new PaymentExpired(id, "t-1")), expired.apply(PaymentStatus.EXPIRED));
        assertTrue(expired.apply(PaymentStatus.PAID).get(0) instanceof PaymentConfirmed);

        var underpaid = payment(PaymentStatus.PAYING);
        assertEquals(List.of(new PaymentFailed(id, Payment.UNDERPAID_MESSAGE)), underpaid.apply(PaymentStatus.UNDERPAID));
    }

    @Test
    void aPaymentWeGaveUpOnIsStillConfirmedWhenPaid() {
        var payment = payment(PaymentStatus.REQUESTING);
        assertEquals(List.of(new PaymentFailed(id, Payment.NO_LINK_MESSAGE)), payment.failToCreate());
        assertTrue(payment.failToCreate().isEmpty());
        assertTrue(payment.apply(PaymentStatus.PAID).get(0) instanceof PaymentConfirmed);
    }

    @Test
    void oxaPayStatusesAreReadInAnyCase() {
        assertEquals(PaymentStatus.PAID, PaymentStatus.fromOxaPay("Paid").orElseThrow());
        assertEquals(PaymentStatus.MANUAL_ACCEPT, PaymentStatus.fromOxaPay("manual_accept").orElseThrow());
        assertTrue(PaymentStatus.fromOxaPay("Confirming").isEmpty());
        assertTrue(PaymentStatus.fromOxaPay("failed").isEmpty());
    }

    @Test
    void pricingAllowsTheConfiguredRangeOnly() {
        var pricing = new TokenPricing(new BigDecimal("0.10"), List.of(100, 500), 50, 10_000);
        assertEquals(new BigDecimal("50.00"), pricing.priceOf(500));
        assertEquals(new BigDecimal("5.50"), pricing.priceOf(55));
        assertThrows(IllegalArgumentException.class, () -> pricing.priceOf(49));
        assertThrows(IllegalArgumentException.class, () -> pricing.priceOf(10_001));
    }
}
