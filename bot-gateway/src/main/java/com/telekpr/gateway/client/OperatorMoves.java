package com.telekpr.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.telekpr.gateway.client.OrderServiceApi.Move;
import com.telekpr.gateway.domain.Facts;
import com.telekpr.gateway.domain.Lookup;
import com.telekpr.gateway.domain.facts.OrderCard;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * An operator's {@link Lookup.Move}s through order-service's REST API, which checks each against the order's
 * status machine: take the next waiting order (→ processing), complete one (assigned to the operator, then
 * completed), note one.
 */
@ApplicationScoped
public class OperatorMoves {
    private final OrderServiceApi orders;

    OperatorMoves(@RestClient OrderServiceApi orders) {
        this.orders = orders;
    }

    Uni<OrderCard> perform(Lookup.Move lookup, UUID operatorId) {
        if (lookup instanceof Lookup.TakeNextOrder) {
            return orders.queue(1).chain(waiting -> waiting.isEmpty()
                    ? Uni.createFrom().failure(new WebApplicationException(Facts.NOTHING_WAITING, 409))
                    : orders.changeStatus(waiting.get(0).id(), new Move("processing", operatorId, null, null)));
        }
        if (lookup instanceof Lookup.CompleteOrder complete) {
            UUID id = complete.orderId();
            return orders.order(id, null).chain(order -> "processing".equals(order.status())
                    ? orders.assign(id, new Move(null, operatorId, operatorId, null)) : Uni.createFrom().item(order))
                    .chain(() -> orders.changeStatus(id, new Move("completed", operatorId, null, null)));
        }
        if (lookup instanceof Lookup.NoteOrder note) {
            return orders.addNote(note.orderId(), new Move(null, operatorId, null, note.note()));
        }
        throw new IllegalArgumentException("unknown operator move: " + lookup);
    }

    /** The service's own words from its error body, else the status. */
    static String reason(Throwable failure) {
        if (!(failure instanceof WebApplicationException web)) {
            return failure.getMessage();
        }
        if (Facts.NOTHING_WAITING.equals(web.getMessage())) {
            return Facts.NOTHING_WAITING;
        }
        try {
            JsonNode body = web.getResponse().readEntity(JsonNode.class);
            return body.path("message").asText("HTTP " + web.getResponse().getStatus());
        } catch (RuntimeException unreadable) {
            return "HTTP " + web.getResponse().getStatus();
        }
    }
}
