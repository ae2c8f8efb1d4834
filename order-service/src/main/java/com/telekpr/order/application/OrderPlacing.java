package com.telekpr.order.application;

import com.telekpr.events.Envelope;
import com.telekpr.events.OrderCommand.PlaceOrder;
import com.telekpr.events.OrderEvent.OrderRejected;
import com.telekpr.order.domain.CatalogueEntry;
import com.telekpr.order.domain.Order;
import com.telekpr.order.domain.OrderData;
import com.telekpr.order.domain.Quote;
import com.telekpr.order.store.CatalogueEntity;
import com.telekpr.order.store.CatalogueRepository;
import com.telekpr.order.store.CustomerProfileEntity;
import com.telekpr.order.store.OrderRepository;
import com.telekpr.order.store.ProfileRepository;
import com.telekpr.order.store.SubscriberRepository;
import com.telekpr.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The saga's first step (ARCHITECTURE "The order saga"): PlaceOrder → checked against the user's own
 * profile and the catalogue → priced now (subscriber price if subscribed) → awaiting_tokens → OrderPlaced.
 */
@ApplicationScoped
public class OrderPlacing {
    static final String UNKNOWN_PROFILE = "UNKNOWN_PROFILE";
    static final String UNKNOWN_PACKAGE = "UNKNOWN_PACKAGE";

    private final OrderRepository orders;
    private final ProfileRepository profiles;
    private final CatalogueRepository catalogue;
    private final SubscriberRepository subscribers;
    private final OrderBook book;
    private final Outbox outbox;

    OrderPlacing(OrderRepository orders, ProfileRepository profiles, CatalogueRepository catalogue,
                 SubscriberRepository subscribers, OrderBook book, Outbox outbox) {
        this.orders = orders;
        this.profiles = profiles;
        this.catalogue = catalogue;
        this.subscribers = subscribers;
        this.book = book;
        this.outbox = outbox;
    }

    public Uni<Void> place(Envelope cause, PlaceOrder command) {
        return Panache.withTransaction(() -> placeChecked(cause, command, null));
    }

    /** A rerun of {@code original}: checked and priced like any new order, marked as a rerun. */
    Uni<Void> placeRerun(Envelope cause, PlaceOrder command, UUID original) {
        return placeChecked(cause, command, original);
    }

    private Uni<Void> placeChecked(Envelope cause, PlaceOrder command, UUID rerunOf) {
        UUID user = cause.requiredUserId();
        return orders.findById(command.orderId()).chain(existing -> existing != null
                ? Uni.createFrom().voidItem() // placed before: a repeated command changes nothing
                : profiles.findOwned(command.customerProfileId(), user).chain(profile -> profile == null
                        ? refuse(cause, command.orderId(), UNKNOWN_PROFILE)
                        : catalogue.findById(command.packageCode()).chain(pack -> isOrderable(pack)
                                ? price(cause, command, profile, pack.toDomain(), rerunOf)
                                : refuse(cause, command.orderId(), UNKNOWN_PACKAGE))));
    }

    private Uni<Void> price(Envelope cause, PlaceOrder command, CustomerProfileEntity profile, CatalogueEntry pack,
                            UUID rerunOf) {
        Uni<CatalogueEntity> addon = command.emailConfirmation()
                ? catalogue.findById(CatalogueEntry.EMAIL_CONFIRMATION) : Uni.createFrom().nullItem();
        return addon.chain(email -> subscribers.isSubscriberAt(profile.userId, Instant.now()).chain(subscriber -> {
            var quote = Quote.of(pack, email == null ? null : email.toDomain(), subscriber);
            var data = new OrderData();
            data.id = command.orderId();
            data.userId = profile.userId;
            data.customerProfileId = profile.id;
            data.packageCode = pack.code();
            data.productName = pack.name();
            data.sitesCount = pack.sitesCount();
            data.emailConfirmation = email != null;
            data.tokenCost = quote.tokenCost();
            data.subscriberDiscountApplied = quote.subscriberDiscountApplied();
            data.priority = subscriber;
            data.rerun = rerunOf != null;
            data.rerunOf = rerunOf;
            var placed = Order.place(data);
            return book.saveNew(placed.order())
                    .chain(() -> outbox.appendCausedBy(cause, data.id.toString(), List.of(placed.event())));
        }));
    }

    private static boolean isOrderable(CatalogueEntity pack) {
        return pack != null && pack.active && !CatalogueEntry.EMAIL_CONFIRMATION.equals(pack.code);
    }

    /** OrderRejected for {@code orderId}, which is never placed: the bot tells the user {@code reason}. */
    Uni<Void> refuse(Envelope cause, UUID orderId, String reason) {
        return outbox.appendCausedBy(cause, orderId.toString(), List.of(new OrderRejected(orderId, reason, 0, 0)));
    }
}
