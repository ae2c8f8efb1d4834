package com.telekpr.payment.domain;

/** A manual accept of a payment that is neither underpaid nor expired: confirmed already, or still open. */
public class PaymentNotAcceptableException extends RuntimeException {
    public PaymentNotAcceptableException(PaymentStatus status) {
        super("a payment that is " + status.storedName() + " cannot be accepted by hand; only an underpaid or expired"
                + " one can");
    }
}
