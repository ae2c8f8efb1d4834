package com.telekpr.events;

import java.util.UUID;

/** Facts about orders, published by order-service on {@value Topics#ORDER_EVENTS}. */
public sealed interface OrderEvent extends Event {

    UUID orderId();

    /**
     * @param packageName the catalogue entry's name when the order was placed, what a customer reads;
     *                    version 1 had none, so a v1 message decodes with null here (show the code then)
     */
    @SchemaVersion(2)
    record OrderPlaced(UUID orderId, UUID customerProfileId, String packageCode, String packageName, int sitesCount,
                       boolean emailConfirmation, int tokenCost, boolean subscriberDiscountApplied,
                       boolean rerun) implements OrderEvent {
    }

    /**
     * Paid for and waiting: carries what the buyer is told (package, cost, balance after the debit), so
     * no consumer has to join it with the wallet's TokensDebited.
     *
     * @param packageName as in {@link OrderPlaced}: null in a version 1 message
     */
    @SchemaVersion(2)
    record OrderQueued(UUID orderId, int queuePosition, boolean priority, String packageCode, String packageName,
                       int tokenCost, int balanceAfter) implements OrderEvent {
    }

    /** An admin moved a pending order to another place in the queue. */
    record OrderMovedInQueue(UUID orderId, int queuePosition) implements OrderEvent {
    }

    record OrderRejected(UUID orderId, String reason, int balance, int required) implements OrderEvent {
    }

    /**
     * @param note            staff's own words on the step, never shown to the customer
     * @param customerMessage what the customer is told with the step; version 1 had one field, {@code note}, for both
     *                        (a v1 message decodes with null here)
     */
    @SchemaVersion(2)
    record OrderStatusChanged(UUID orderId, String from, String to, UUID actorId, String note, String customerMessage)
            implements OrderEvent {
    }

    /**
     * Staff archived the order: it leaves staff's default lists; its history and ledger lines stay. An unfinished
     * order is cancelled (OrderCancelled, with its refund) just before.
     */
    record OrderArchived(UUID orderId, UUID archivedBy) implements OrderEvent {
    }

    /** Staff noted something on the order: kept in its history, seen by staff only. */
    record OrderNoteAdded(UUID orderId, UUID authorId, String note) implements OrderEvent {
    }

    record OrderAssigned(UUID orderId, UUID operatorId) implements OrderEvent {
    }

    record OrderCancelled(UUID orderId, String previousStatus, UUID cancelledBy, String reason)
            implements OrderEvent {
    }
}
