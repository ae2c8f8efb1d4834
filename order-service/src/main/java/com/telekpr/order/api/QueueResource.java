package com.telekpr.order.api;

import com.telekpr.auth.Callers;
import jakarta.annotation.security.RolesAllowed;
import com.telekpr.auth.StaffCaller;
import com.telekpr.order.application.OrderOperations;
import com.telekpr.order.application.OrderQueue;
import com.telekpr.outbox.IdempotentRequests;
import io.quarkus.security.identity.SecurityIdentity;
import com.telekpr.order.application.OrderView;
import com.telekpr.rest.InvalidRequestException;
import com.telekpr.rest.RequestParams;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/**
 * The pending orders in the order they will be served, an operator's Take next, and an admin's manual reordering.
 * Writes take an Idempotency-Key (see OrderResource).
 */
@RolesAllowed({Callers.BOT_GATEWAY, Callers.STAFF_ADMIN, Callers.STAFF_OPERATOR})
@Path("/queue")
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {
    private final OrderQueue queue;
    private final OrderOperations operations;
    private final IdempotentRequests requests;
    private final SecurityIdentity identity;

    QueueResource(OrderQueue queue, OrderOperations operations, IdempotentRequests requests, SecurityIdentity identity) {
        this.queue = queue;
        this.operations = operations;
        this.requests = requests;
        this.identity = identity;
    }

    public record Move(Integer position, UUID actorId) {
    }

    /** Who takes: a calling service names the operator; a staff token is the operator. */
    public record Take(UUID operatorId) {
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
    public Uni<OrderView> move(@PathParam("orderId") String orderId, Move move,
                               @HeaderParam(IdempotentRequests.HEADER) String key) {
        if (move == null || move.position() == null || move.position() < 1) {
            throw new InvalidRequestException("position", "position is required: 1 for the next order to be served");
        }
        UUID id = RequestParams.uuid("orderId", orderId);
        return requests.once(key, "PUT /queue/" + id, move, OrderView.class,
                () -> queue.moveTo(id, move.position(), StaffCaller.actor(identity, move.actorId())));
    }

    /** The first waiting order becomes the operator's, in hand (processing, then assigned); 409 when none waits. */
    @POST
    @Path("/take-next")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<OrderView> takeNext(Take take, @HeaderParam(IdempotentRequests.HEADER) String key) {
        UUID operator = StaffCaller.isStaff(identity) ? StaffCaller.actor(identity, null) : take == null ? null
                : take.operatorId();
        if (operator == null) {
            throw new InvalidRequestException("operatorId", StaffCaller.isStaff(identity)
                    ? "this account is linked to no Telegram user, so no order can be its own" : "operatorId is required");
        }
        return requests.once(key, "POST /queue/take-next", operator, OrderView.class, () -> operations.takeNext(operator));
    }
}
