package com.telekpr.wallet.domain;

/** An admin's subscription change that the subscription's state refuses, e.g. extending one that is not active. */
public class SubscriptionChangeRefusedException extends RuntimeException {
    public SubscriptionChangeRefusedException(String message) {
        super(message);
    }
}
