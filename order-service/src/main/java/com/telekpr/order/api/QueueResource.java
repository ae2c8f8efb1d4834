package com.telekpr.order.api;

import com.telekpr.auth.Callers;
import jakarta.annotation.security.RolesAllowed;
import com.telekpr.order.application.OrderQueue;
import com.telekpr.order.application.OrderView;
import com.telekpr.rest.InvalidRequestException;
import com.telekpr.rest.RequestParams;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/** The pending orders in the order they will be served, and an admin's manual reordering. */
@RolesAllowed({Callers.BOT_GATEWAY, Callers.STAFF_ADMIN, Callers.STAFF_OPERATOR})
@Path("/queue")
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {
    private final OrderQueue queue;

    QueueResource(OrderQueue queue) {
        this.queue = queue;
    }

    public record Move(Integer position, UUID actorId) {
    }

    @GET
    public Uni<List<OrderView>> waiting(@QueryParam("page") @DefaultValue("0") String page,
                                        @QueryParam("size") @DefaultValue("50") String size) {
        return queue.page(RequestParams.page(page),
                RequestParams.intBetween("size", size, 1, RequestParams.MAX_PAGE_SIZE));
    }

    @RolesAllowed(Callers.STAFF_ADMIN)
    @PUT
    @Path("/{orderId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<OrderView> move(@PathParam("orderId") String orderId, Move move) {
        if (move == null || move.position() == null || move.position() < 1) {
            throw new InvalidRequestException("position", "position is required: 1 for the next order to be served");
        }
        return queue.moveTo(RequestParams.uuid("orderId", orderId), move.position(), move.actorId());
    }
}
