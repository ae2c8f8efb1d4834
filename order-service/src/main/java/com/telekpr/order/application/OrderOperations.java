package com.telekpr.order.application;

import com.telekpr.events.Envelope;
import com.telekpr.events.Event;
import com.telekpr.events.OrderCommand.CancelOrder;
import com.telekpr.order.domain.Order;
import com.telekpr.order.domain.OrderStatus;
import com.telekpr.order.store.OrderRepository;
import com.telekpr.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Moving orders through fulfilment (product.md §5.3): operators and admins change the status and assign
 * operators; a user cancels their own pending order. The order decides; illegal moves raise
 * IllegalTransitionException.
 */
@ApplicationScoped
public class OrderOperations {
    private static final Logger LOG = Logger.getLogger(OrderOperations.class);

    private final OrderRepository orders;
    private final OrderBook book;
    private final Outbox outbox;

    OrderOperations(OrderRepository orders, OrderBook book, Outbox outbox) {
        this.orders = orders;
        this.book = book;
        this.outbox = outbox;
    }

    /**
     * An operator's or admin's status change: processing, completed or cancelled (assigned goes through assign).
     * {@code onlyOperator}, when set, limits the change to that operator's own orders: any other is not found.
     */
    public Uni<OrderView> changeStatus(UUID orderId, OrderStatus target, Move move, UUID onlyOperator) {
        return change(orderId, order -> {
            if (onlyOperator != null && !onlyOperator.equals(order.data().operatorId)) {
                throw new UnknownOrderException(orderId);
            }
            return order.changeStatus(target, move.actor(), move.note(), move.customerMessage());
        });
    }

    /** Who moves an order, staff's note on it and what the customer is told. */
    public record Move(UUID actor, String note, String customerMessage) {
    }

    public Uni<OrderView> assign(UUID orderId, UUID operator, UUID actor, String note) {
        return change(orderId, order -> order.assign(operator, actor, note));
    }

    /** Staff archive an order, cancelling (and so refunding) it first when unfinished; again is no change. */
    public Uni<OrderView> archive(UUID orderId, Move move) {
        return change(orderId, order -> order.archive(move.actor(), move.note(), move.customerMessage()));
    }

    /** An operator takes the first waiting order: theirs at once; none waiting is a NothingWaitingException. */
    public Uni<OrderView> takeNext(UUID operator) {
        return Panache.withTransaction(() -> orders.lockFirstWaiting()
                .onItem().ifNull().failWith(NothingWaitingException::new)
                .chain(row -> {
                    var order = new Order(row.toData());
                    List<Event> events = order.takeBy(operator);
                    return book.save(row, order)
                            .chain(() -> outbox.appendNew(row.userId, row.id.toString(), events))
                            .replaceWith(row);
                })).map(OrderView::of);
    }

    /** The bot's CancelOrder: the order ignores it unless it is the user's and pending; that is logged. */
    public Uni<Void> cancelByUser(Envelope cause, CancelOrder command) {
        UUID user = cause.requiredUserId();
        return Panache.withTransaction(() -> orders.lock(command.orderId()).chain(row -> {
            if (row == null) {
                return ignored(command, user);
            }
            var order = new Order(row.toData());
            List<Event> events = order.cancelByOwner(user, command.reason());
            if (events.isEmpty()) {
                return ignored(command, user);
            }
            return book.save(row, order).chain(() -> outbox.appendCausedBy(cause, row.id.toString(), events));
        }));
    }

    private static Uni<Void> ignored(CancelOrder command, UUID user) {
        LOG.infof("CancelOrder %s by user %s ignored: not their pending order", command.orderId(), user);
        return Uni.createFrom().voidItem();
    }

    private Uni<OrderView> change(UUID orderId, Function<Order, List<Event>> decision) {
        return Panache.withTransaction(() -> orders.lock(orderId)
                .onItem().ifNull().failWith(() -> new UnknownOrderException(orderId))
                .chain(row -> {
                    var order = new Order(row.toData());
                    List<Event> events = decision.apply(order);
                    return book.save(row, order)
                            .chain(() -> outbox.appendNew(row.userId, row.id.toString(), events))
                            .replaceWith(row);
                })).map(OrderView::of);
    }
}
