package com.telekpr.order.domain;

import com.telekpr.events.Event;
import com.telekpr.events.OrderEvent.OrderAssigned;
import com.telekpr.events.OrderEvent.OrderCancelled;
import com.telekpr.events.OrderEvent.OrderPlaced;
import com.telekpr.events.OrderEvent.OrderQueued;
import com.telekpr.events.OrderEvent.OrderRejected;
import com.telekpr.events.OrderEvent.OrderStatusChanged;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An order and its life (PRD §3.2, §8.2). Each decision checks the {@link OrderStatusMachine}, moves
 * the status, records the step in the history and returns the events it produces.
 */
public final class Order {
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
                placed.sitesCount, placed.emailConfirmation, placed.tokenCost, placed.subscriberDiscountApplied,
                placed.rerun));
    }

    public record Placed(Order order, OrderPlaced event) {
    }

    /** The wallet debited it, leaving {@code balanceAfter}: it joins the queue at {@code position}. Ignored unless still awaiting tokens. */
    public List<Event> acceptDebit(int position, int balanceAfter) {
        if (data.status != OrderStatus.AWAITING_TOKENS) {
            return List.of();
        }
        move(OrderStatus.PENDING, null, "tokens debited");
        return List.of(new OrderQueued(data.id, position, data.priority, data.packageCode, data.tokenCost, balanceAfter));
    }

    /** The wallet refused: not enough tokens. Ignored unless still awaiting tokens. */
    public List<Event> rejectForBalance(String reason, int balance, int required) {
        if (data.status != OrderStatus.AWAITING_TOKENS) {
            return List.of();
        }
        move(OrderStatus.REJECTED, null, "not enough tokens: balance " + balance + ", required " + required);
        return List.of(new OrderRejected(data.id, reason, balance, required));
    }

    public List<Event> startProcessing(UUID actor, String note) {
        return List.of(move(OrderStatus.PROCESSING, actor, note));
    }

    public List<Event> assign(UUID operator, UUID actor, String note) {
        var changed = move(OrderStatus.ASSIGNED, actor, note);
        data.operatorId = operator;
        data.assignedAt = Instant.now();
        return List.of(changed, new OrderAssigned(data.id, operator));
    }

    public List<Event> complete(UUID actor, String note) {
        var changed = move(OrderStatus.COMPLETED, actor, note);
        data.completedAt = Instant.now();
        return List.of(changed);
    }

    public List<Event> cancel(UUID actor, String reason) {
        OrderStatus previous = data.status;
        var changed = move(OrderStatus.CANCELLED, actor, reason);
        return List.of(changed, new OrderCancelled(data.id, previous.storedName(), actor, reason));
    }

    /** A rerun is a new order for the same profile and package, charged like a new one; only of a completed order. */
    public void requireRerunnable() {
        if (data.status != OrderStatus.COMPLETED) {
            throw new IllegalTransitionException("rerun", data.status, java.util.Set.of(OrderStatus.COMPLETED));
        }
    }

    private OrderStatusChanged move(OrderStatus to, UUID actor, String note) {
        OrderStatus from = data.status;
        OrderStatusMachine.check(from, to);
        data.status = to;
        newHistory.add(new HistoryStep(from, to, actor, note));
        return new OrderStatusChanged(data.id, from.storedName(), to.storedName(), actor, note);
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
