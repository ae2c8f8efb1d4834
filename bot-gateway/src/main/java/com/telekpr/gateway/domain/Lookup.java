package com.telekpr.gateway.domain;

import java.util.UUID;

/**
 * What a flow needs from another service before it can answer an update: a {@link Read}, or an operator's
 * {@link Move}. A flow names them first; the application makes them over REST; the flow then decides with
 * the answers in hand ({@link Facts}), so the rules stay plain Java.
 */
public sealed interface Lookup {

    /** Learns something and changes nothing, so making it again is harmless. */
    sealed interface Read extends Lookup {
    }

    /**
     * Changes state in another service: an operator's move, made through order-service's REST API, which
     * checks it against the order's status machine and may refuse it ({@link Facts#refusal}). Made once per
     * update: a retry of the update (UpdateHandling's LookedUp) reuses the first answer, because a repeat is
     * not harmless: Take next would take a second order, a note would be added twice, and a completion would
     * come back refused.
     */
    sealed interface Move extends Lookup {
    }

    /** The user's customer profiles (order-service). */
    record Profiles() implements Read {
    }

    /** The prices this user pays now (order-service). */
    record Prices() implements Read {
    }

    /** Balance and subscription (wallet-service). */
    record Account() implements Read {
    }

    /** The latest token transactions (wallet-service). */
    record RecentTransactions() implements Read {
    }

    /** Token bundles and limits (payment-service). */
    record TokenOffer() implements Read {
    }

    /** The premium plan's price and length (wallet-service). */
    record Plan() implements Read {
    }

    /** One page of the user's orders, status "all" or one status (order-service). */
    record Orders(String status, int page) implements Read {
    }

    /** One of the user's orders with its history; absent when it is not theirs. */
    record Order(UUID orderId) implements Read {
    }

    /** The first orders waiting in the queue, for an operator. */
    record Waiting() implements Read {
    }

    /** An operator takes the first waiting order: it moves to processing. */
    record TakeNextOrder() implements Move {
    }

    /** An operator completes an order: assigned to them, then completed. */
    record CompleteOrder(UUID orderId) implements Move {
    }

    /** An operator adds a note to an order. */
    record NoteOrder(UUID orderId, String note) implements Move {
    }
}
