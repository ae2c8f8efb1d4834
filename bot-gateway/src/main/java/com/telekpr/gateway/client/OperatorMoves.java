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
 * status machine: take the next waiting order (the operator's, in hand), complete one (assigned to the operator,
 * then completed), note one. Each call's Idempotency-Key comes from the Telegram update and the step, so when a
 * crash comes between a move and the update's commit, the update's retry gets the first answers back: Take next
 * takes no second order, a note is not added twice.
 */
@ApplicationScoped
public class OperatorMoves {
    /** order-service's error code for a take-next with no order waiting. */
    private static final String NOTHING_WAITING_ERROR = "nothing_waiting";
    private final OrderServiceApi orders;

    OperatorMoves(@RestClient OrderServiceApi orders) {
        this.orders = orders;
    }

    Uni<OrderCard> perform(Lookup.Move lookup, UUID operatorId, UUID updateId) {
        if (lookup instanceof Lookup.TakeNextOrder) {
            return orders.takeNext(new OrderServiceApi.Take(operatorId), key(updateId, "take-next"));
        }
        if (lookup instanceof Lookup.CompleteOrder complete) {
            UUID id = complete.orderId();
            return orders.order(id, null).chain(order -> "processing".equals(order.status())
                    ? orders.assign(id, new Move(null, operatorId, operatorId, null), key(updateId, "assign"))
                    : Uni.createFrom().item(order))
                    .chain(() -> orders.changeStatus(id, new Move("completed", operatorId, null, null),
                            key(updateId, "complete")));
        }
        if (lookup instanceof Lookup.NoteOrder note) {
            return orders.addNote(note.orderId(), new Move(null, operatorId, null, note.note()), key(updateId, "note"));
        }
        throw new IllegalArgumentException("unknown operator move: " + lookup);
    }

    private static String key(UUID updateId, String step) {
        return "telegram-update:" + updateId + ":" + step;
    }

    /** The service's own words from its error body, else the status; no waiting order in the operator's words. */
    static String reason(Throwable failure) {
        if (!(failure instanceof WebApplicationException web)) {
            return failure.getMessage();
        }
        try {
            JsonNode body = web.getResponse().readEntity(JsonNode.class);
            if (NOTHING_WAITING_ERROR.equals(body.path("error").asText())) {
                return Facts.NOTHING_WAITING;
            }
            return body.path("message").asText("HTTP " + web.getResponse().getStatus());
        } catch (RuntimeException unreadable) {
            return "HTTP " + web.getResponse().getStatus();
        }
    }
}
