package com.telekpr.admin.api;

import com.telekpr.admin.application.stream.LiveStream;
import com.telekpr.rest.InvalidRequestException;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Server-Sent Events for the live dashboard. */
@RolesAllowed("admin")
@Path("/api/admin/stream")
public class StreamResource {
    private final LiveStream stream;

    StreamResource(LiveStream stream) {
        this.stream = stream;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live events: UserRegistered, OrderPlaced, OrderQueued, OrderStatusChanged, OrderRejected,"
            + " PaymentConfirmed, BroadcastProgress, HealthChanged",
            description = "Each event's name is its type, its id a sequence number and its data the event's envelope as"
                    + " JSON. Reconnect with Last-Event-ID (or ?lastEventId=) to get exactly what was missed (kept at"
                    + " least 10 minutes; an event named gap says when that is no longer possible). A heartbeat event"
                    + " every 15 seconds.")
    public Multi<OutboundSseEvent> stream(@HeaderParam("Last-Event-ID") String header,
                                          @QueryParam("lastEventId") String query, @Context Sse sse) {
        Long lastEventId = lastEventId(header != null && !header.isBlank() ? header : query);
        return stream.after(lastEventId).map(item -> {
            var event = sse.newEventBuilder().name(item.kind()).data(item.data());
            return (item.seq() >= 0 ? event.id(Long.toString(item.seq())) : event).build();
        });
    }

    private static Long lastEventId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new InvalidRequestException("Last-Event-ID", "Last-Event-ID must be a whole number ≥ 0 (an id this stream"
                + " sent), was '" + value + "'");
    }
}
