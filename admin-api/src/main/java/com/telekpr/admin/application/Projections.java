package com.telekpr.admin.application;

import com.telekpr.admin.store.BroadcastProjector;
import com.telekpr.admin.store.CatalogueProjector;
import com.telekpr.admin.store.CustomerProjector;
import com.telekpr.admin.store.OrderProjector;
import com.telekpr.admin.store.PaymentProjector;
import com.telekpr.admin.store.StreamLog;
import com.telekpr.admin.store.Timeline;
import com.telekpr.admin.store.UserProjector;
import com.telekpr.admin.store.WalletProjector;
import com.telekpr.events.AccountEvent;
import com.telekpr.events.CatalogueEvent;
import com.telekpr.events.CustomerEvent;
import com.telekpr.events.DeliveryEvent;
import com.telekpr.events.Envelope;
import com.telekpr.events.Message;
import com.telekpr.events.OrderEvent;
import com.telekpr.events.PaymentEvent;
import com.telekpr.events.SubscriptionEvent;
import com.telekpr.events.UserEvent;
import com.telekpr.events.UserEvent.UserActive;
import com.telekpr.events.UserEvent.UserErased;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One event into every read model it touches and its user's timeline, on the caller's connection and
 * transaction: the live consumers' (with the inbox record), or a replay's into a fresh copy.
 */
@ApplicationScoped
public class Projections {
    private final ProjectionLag lag;
    private final SealedFields sealed;

    Projections(ProjectionLag lag, SealedFields sealed) {
        this.lag = lag;
        this.sealed = sealed;
    }

    /** A live event: projected, streamed to the dashboards, and its delay measured. */
    public Uni<Void> applyLive(SqlConnection connection, Envelope envelope) {
        return sealed.opened(envelope).chain(opened -> project(connection, opened)
                        .chain(() -> StreamLog.append(connection, opened)))
                .invoke(() -> lag.observe(envelope));
    }

    /** An event of the history, replayed: projected only (the stream and the delay are about now). */
    public Uni<Void> replay(SqlConnection connection, Envelope envelope) {
        return sealed.opened(envelope).chain(opened -> project(connection, opened));
    }

    private Uni<Void> project(SqlConnection connection, Envelope envelope) {
        Message data = envelope.data();
        if (data instanceof UserErased) {
            sealed.forget(envelope.requiredUserId());
        }
        return project(connection, envelope, data)
                .chain(() -> data instanceof UserActive ? Uni.createFrom().voidItem() : Timeline.add(connection, envelope));
    }

    private static Uni<Void> project(SqlConnection connection, Envelope envelope, Message data) {
        if (data instanceof UserEvent event) {
            return UserProjector.apply(connection, envelope, event);
        }
        if (data instanceof OrderEvent event) {
            return OrderProjector.apply(connection, envelope, event);
        }
        if (data instanceof CustomerEvent event) {
            return CustomerProjector.apply(connection, envelope, event);
        }
        if (data instanceof CatalogueEvent event) {
            return CatalogueProjector.apply(connection, envelope, event);
        }
        if (data instanceof AccountEvent event) {
            return WalletProjector.apply(connection, envelope, event);
        }
        if (data instanceof SubscriptionEvent event) {
            return WalletProjector.apply(connection, envelope, event);
        }
        if (data instanceof PaymentEvent event) {
            return PaymentProjector.apply(connection, envelope, event);
        }
        if (data instanceof DeliveryEvent event) {
            return BroadcastProjector.apply(connection, envelope, event);
        }
        return Uni.createFrom().voidItem();
    }
}
