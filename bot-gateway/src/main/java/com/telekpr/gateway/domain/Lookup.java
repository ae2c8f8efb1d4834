package com.telekpr.gateway.domain;

import java.util.UUID;

/**
 * Something the bot must learn from (or, for an operator, ask of) another service before it can answer
 * an update. A flow names its lookups first; the application performs them over REST; the flow then
 * decides with the answers in hand ({@link Facts}), so the rules stay plain Java.
 */
public sealed interface Lookup {

    /** The user's customer profiles (order-service). */
    record Profiles() implements Lookup {
    }

    /** The prices this user pays now (order-service). */
    record Prices() implements Lookup {
    }

    /** Balance and subscription (wallet-service). */
    record Account() implements Lookup {
    }

    /** The latest token transactions (wallet-service). */
    record RecentTransactions() implements Lookup {
    }

    /** Token bundles and limits (payment-service). */
    record TokenOffer() implements Lookup {
    }

    /** The premium plan's price and length (wallet-service). */
    record Plan() implements Lookup {
    }

    /** One page of the user's orders, status "all" or one status (order-service). */
    record Orders(String status, int page) implements Lookup {
    }

    /** One of the user's orders with its history; absent when it is not theirs. */
    record Order(UUID orderId) implements Lookup {
    }

    /** The first orders waiting in the queue, for an operator. */
    record Waiting() implements Lookup {
    }

    /** An operator takes the first waiting order: it moves to processing. */
    record TakeNextOrder() implements Lookup {
    }

    /** An operator completes an order: assigned to them, then completed. */
    record CompleteOrder(UUID orderId) implements Lookup {
    }

    /** An operator adds a note to an order. */
    record NoteOrder(UUID orderId, String note) implements Lookup {
    }
}
