package com.telekpr.order.domain;

import com.telekpr.events.Event;
import com.telekpr.events.OrderCommand.PlaceOrder;
import com.telekpr.events.OrderEvent.OrderArchived;
import com.telekpr.events.OrderEvent.OrderAssigned;
import com.telekpr.events.OrderEvent.OrderCancelled;
import com.telekpr.events.OrderEvent.OrderMovedInQueue;
import com.telekpr.events.OrderEvent.OrderNoteAdded;
import com.telekpr.events.OrderEvent.OrderPlaced;
import com.telekpr.events.OrderEvent.OrderQueued;
import com.telekpr.events.OrderEvent.OrderRejected;
import com.telekpr.events.OrderEvent.OrderStatusChanged;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An order and its life (product.md §5, §8.2). Each decision checks the {@link OrderStatusMachine}, moves
 * the status, records the step in the history and returns the events it produces; the application
 * stores the data, {@link #newHistory()} and those events, and decides nothing itself.
 */
public final class Order {
    /** Subtracted from a priority order's key: ~317 years of milliseconds puts it ahead of every regular one. */
    static final double PRIORITY_OFFSET = 1e13;

    private final OrderData data;
    private final List<HistoryStep> newHistory = new ArrayList<>();

    public Order(OrderData data) {
        this.data = data;
    }

    /** A new order, priced now, waiting for the wallet to debit it. */
    public static Placed place(OrderData placed) {
        placed.status = OrderStatus.AWAITING_TOKENS;
        var order = new Order(placed);
        order.newHistory.add(new HistoryStep(null, OrderStatus.AWAITING_TOKENS, placed.userId, "order placed"));
        return new Placed(order, new OrderPlaced(placed.id, placed.customerProfileId, placed.packageCode,
                placed.productName, placed.sitesCount, placed.emailConfirmation, placed.tokenCost, placed.subscriberDiscountApplied,
                placed.rerun));
    }

    public record Placed(Order order, OrderPlaced event) {
    }

    /**
     * The key this order would join the queue under at {@code now} (product.md §5.4): subscribers' orders ahead
     * of everyone else's, first come first served within each. Asked before {@link #queue}, because the
     * position it is told depends on the orders already waiting ahead of that key.
     */
    public double queueKeyAt(Instant now) {
        return now.toEpochMilli() - (data.priority ? PRIORITY_OFFSET : 0);
    }

    /**
     * The wallet debited it, leaving {@code balanceAfter}: it joins the queue under {@code queueKey}, at
     * {@code position}. Ignored (no events) unless still awaiting tokens, so a repeated answer changes nothing.
     */
    public List<Event> queue(double queueKey, int position, int balanceAfter) {
        if (data.status != OrderStatus.AWAITING_TOKENS) {
            return List.of();
        }
        move(OrderStatus.PENDING, null, "tokens debited", null);
        data.queueKey = queueKey;
        return List.of(new OrderQueued(data.id, position, data.priority, data.packageCode, data.productName,
                data.tokenCost, balanceAfter));
    }

    /** The wallet refused: not enough tokens. Ignored (no events) unless still awaiting tokens. */
    public List<Event> rejectForBalance(String reason, int balance, int required) {
        if (data.status != OrderStatus.AWAITING_TOKENS) {
            return List.of();
        }
        move(OrderStatus.REJECTED, null, "not enough tokens: balance " + balance + ", required " + required, null);
        return List.of(new OrderRejected(data.id, reason, balance, required));
    }

    /**
     * A person's direct status change: processing, completed or cancelled. Assigned needs an operator
     * ({@link #assign}); awaiting_tokens, pending and rejected follow only from the token debit. {@code note} stays
     * with staff; {@code customerMessage} is what the customer is told.
     */
    public List<Event> changeStatus(OrderStatus target, UUID actor, String note, String customerMessage) {
        return switch (target) {
            case PROCESSING -> List.of(move(OrderStatus.PROCESSING, actor, note, customerMessage));
            case COMPLETED -> complete(actor, note, customerMessage);
            case CANCELLED -> cancel(actor, note, customerMessage);
            case ASSIGNED -> throw notByHand(target, "be assigned without an operator");
            case AWAITING_TOKENS, PENDING, REJECTED -> throw notByHand(target,
                    "become " + target.storedName() + " by hand (the token debit decides it)");
        };
    }

    public List<Event> assign(UUID operator, UUID actor, String note) {
        var changed = move(OrderStatus.ASSIGNED, actor, note, null);
        data.operatorId = operator;
        data.assignedAt = Instant.now();
        return List.of(changed, new OrderAssigned(data.id, operator));
    }

    /** An operator takes this waiting order (product.md §9.3 Take next): it is theirs and in hand at once. */
    public List<Event> takeBy(UUID operator) {
        var started = move(OrderStatus.PROCESSING, operator, "taken from the queue", null);
        List<Event> events = new ArrayList<>(List.of(started));
        events.addAll(assign(operator, operator, null));
        return events;
    }

    public List<Event> complete(UUID actor, String note, String customerMessage) {
        var changed = move(OrderStatus.COMPLETED, actor, note, customerMessage);
        data.completedAt = Instant.now();
        return List.of(changed);
    }

    /**
     * Staff cancel any unfinished order; OrderCancelled says what it was, so the wallet can refund, and carries
     * the customer's message as its reason: the one the customer reads.
     */
    public List<Event> cancel(UUID actor, String note, String customerMessage) {
        OrderStatus previous = data.status;
        var changed = move(OrderStatus.CANCELLED, actor, note, customerMessage);
        return List.of(changed, new OrderCancelled(data.id, previous.storedName(), actor, customerMessage));
    }

    /**
     * Staff archive the order: an unfinished one is cancelled first (refunded, the customer told
     * {@code customerMessage}), then it leaves staff's default lists. Archiving an archived order changes nothing.
     */
    public List<Event> archive(UUID actor, String note, String customerMessage) {
        if (data.archivedAt != null) {
            return List.of();
        }
        List<Event> events = new ArrayList<>();
        if (OrderStatusMachine.unfinished().contains(data.status)) {
            events.addAll(cancel(actor, note == null ? "archived" : note, customerMessage));
        }
        data.archivedAt = Instant.now();
        events.add(new OrderArchived(data.id, actor));
        return events;
    }

    /** Whether an operator may see and move this order: it waits for anyone, or it is theirs. */
    public boolean isOpenTo(UUID operator) {
        return data.status == OrderStatus.PENDING || operator.equals(data.operatorId);
    }

    /**
     * The owner's own cancel (the bot's CancelOrder): only their order, only while pending.
     * Anything else is ignored (no events) rather than refused: a command has no one to answer, and a
     * failure would only be retried and dead-lettered.
     */
    public List<Event> cancelByOwner(UUID userId, String reason) {
        if (!userId.equals(data.userId) || data.status != OrderStatus.PENDING) {
            return List.of();
        }
        return cancel(userId, reason, reason);
    }

    /**
     * An admin puts this pending order under {@code queueKey}, which is {@code position} in the line; the
     * user is told the new position. The status stays pending, so the step is pending → pending.
     */
    public List<Event> moveInQueue(double queueKey, int position, UUID actor) {
        if (data.status != OrderStatus.PENDING) {
            throw new IllegalTransitionException("be moved in the queue", data.status, OrderStatus.PENDING,
                    OrderStatusMachine.allowedFrom(data.status));
        }
        data.queueKey = queueKey;
        newHistory.add(new HistoryStep(OrderStatus.PENDING, OrderStatus.PENDING, actor,
                "moved to queue position " + position));
        return List.of(new OrderMovedInQueue(data.id, position));
    }

    /**
     * A dated note (product.md §5.2 "order notes and tracking"), on an order in any status: appended to its
     * notes and kept in its history as a step that leaves the status where it is.
     */
    public List<Event> addNote(UUID author, String note) {
        String line = Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + note;
        data.notes = data.notes == null ? line : data.notes + "\n" + line;
        newHistory.add(new HistoryStep(data.status, data.status, author, note));
        return List.of(new OrderNoteAdded(data.id, author, note));
    }

    /**
     * A rerun (product.md §5.2) is a new order for the same profile and package, checked and charged like a new
     * one; only a completed order has one. Empty otherwise: the caller answers the bot's RerunOrder with why.
     */
    public Optional<PlaceOrder> rerun(UUID newOrderId) {
        if (data.status != OrderStatus.COMPLETED) {
            return Optional.empty();
        }
        return Optional.of(new PlaceOrder(newOrderId, data.customerProfileId, data.packageCode,
                data.emailConfirmation));
    }

    /** Refuses a target that may not be set directly; one the machine refuses anyway is refused as that. */
    private IllegalTransitionException notByHand(OrderStatus target, String move) {
        OrderStatusMachine.check(data.status, target);
        return new IllegalTransitionException(move, data.status, target, OrderStatusMachine.allowedFrom(data.status));
    }

    private OrderStatusChanged move(OrderStatus to, UUID actor, String note, String customerMessage) {
        OrderStatus from = data.status;
        OrderStatusMachine.check(from, to);
        data.status = to;
        newHistory.add(new HistoryStep(from, to, actor, note));
        return new OrderStatusChanged(data.id, from.storedName(), to.storedName(), actor, note, customerMessage);
    }

    public OrderData data() {
        return data;
    }

    /** The history steps taken since this object was loaded, for the application to store. */
    public List<HistoryStep> newHistory() {
        return List.copyOf(newHistory);
    }

    public record HistoryStep(OrderStatus from, OrderStatus to, UUID actor, String note) {
    }
}
