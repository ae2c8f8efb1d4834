package com.telekpr.events;

import java.util.UUID;

/** Facts about customer profiles, published by order-service on {@value Topics#ORDER_EVENTS}. */
public sealed interface CustomerEvent extends Event {

    record CustomerRegistered(UUID profileId, CustomerDetails details) implements CustomerEvent {
    }

    record CustomerUpdated(UUID profileId, CustomerDetails details) implements CustomerEvent {
    }

    record CustomerDeleted(UUID profileId) implements CustomerEvent {
    }

    /** A RegisterCustomer or UpdateCustomer that was refused; each problem reads "field: what is wrong". */
    record CustomerRejected(UUID profileId, java.util.List<String> problems) implements CustomerEvent {
    }
}
