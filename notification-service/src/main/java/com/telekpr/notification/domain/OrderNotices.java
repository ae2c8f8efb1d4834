package com.telekpr.notification.domain;

import static com.telekpr.notification.domain.NoticeCatalogue.blank;
import static com.telekpr.notification.domain.NoticeCatalogue.reference;

import com.telekpr.events.Button;
import com.telekpr.events.CustomerDetails;
import com.telekpr.events.CustomerEvent;
import com.telekpr.events.CustomerEvent.CustomerRegistered;
import com.telekpr.events.CustomerEvent.CustomerRejected;
import com.telekpr.events.CustomerEvent.CustomerUpdated;
import com.telekpr.events.OrderEvent;
import com.telekpr.events.OrderEvent.OrderCancelled;
import com.telekpr.events.OrderEvent.OrderMovedInQueue;
import com.telekpr.events.OrderEvent.OrderQueued;
import com.telekpr.events.OrderEvent.OrderRejected;
import com.telekpr.events.OrderEvent.OrderStatusChanged;
import java.util.Optional;
import java.util.Set;

/** The notices of order-service's events: profiles saved or refused, orders queued, moved, refused, progressing. */
final class OrderNotices {
    /** Status moves announced by their own events (OrderQueued, OrderRejected, OrderCancelled). */
    private static final Set<String> TOLD_ELSEWHERE = Set.of("pending", "rejected", "cancelled");

    private OrderNotices() {
    }

    static Optional<Notice> of(CustomerEvent event, Texts texts) {
        if (event instanceof CustomerRegistered registered) {
            return Optional.of(Notice.of(texts.get("customer.registered", name(registered.details()))));
        }
        if (event instanceof CustomerUpdated updated) {
            return Optional.of(Notice.of(texts.get("customer.updated", name(updated.details()))));
        }
        if (event instanceof CustomerRejected rejected) {
            return Optional.of(Notice.of(texts.get("customer.rejected", "• " + String.join("\n• ", rejected.problems()))));
        }
        return Optional.empty();
    }

    static Optional<Notice> of(OrderEvent event, Texts texts) {
        String order = reference(event.orderId());
        if (event instanceof OrderQueued queued) {
            return Optional.of(Notice.of(texts.get("order.queued", order, packageOf(queued), queued.tokenCost(),
                    queued.queuePosition(), queued.priority() ? texts.get("order.queued.priority") : "",
                    queued.balanceAfter()), Button.callback(texts.get("button.my_orders"), NoticeCatalogue.MY_ORDERS)));
        }
        if (event instanceof OrderMovedInQueue moved) {
            return Optional.of(Notice.of(texts.get("order.moved", order, moved.queuePosition())));
        }
        if (event instanceof OrderRejected rejected) {
            int missing = Math.max(0, rejected.required() - rejected.balance());
            return Optional.of(Notice.of(texts.get("order.rejected", order, rejected.required(), rejected.balance(),
                    missing), Button.callback(texts.get("button.buy_tokens"), NoticeCatalogue.BUY_TOKENS)));
        }
        if (event instanceof OrderStatusChanged changed && !TOLD_ELSEWHERE.contains(changed.to())) {
            String text = texts.get("order.status", order, texts.get("status." + changed.from()),
                    texts.get("status." + changed.to()));
            // staff's note stays with staff: the customer reads only the message meant for them
            return Optional.of(Notice.of(blank(changed.customerMessage()) ? text
                    : text + texts.get("order.status.note", changed.customerMessage())));
        }
        if (event instanceof OrderCancelled cancelled) {
            return Optional.of(Notice.of(blank(cancelled.reason()) ? texts.get("order.cancelled", order)
                    : texts.get("order.cancelled.reason", order, cancelled.reason())));
        }
        return Optional.empty();
    }

    /** The name the customer chose the package by; a version 1 OrderQueued carries none, only the code. */
    private static String packageOf(OrderQueued queued) {
        return queued.packageName() != null ? queued.packageName() : queued.packageCode();
    }

    private static String name(CustomerDetails details) {
        return details.firstName() + " " + details.lastName();
    }
}
