package com.telekpr.order.api;

import com.telekpr.auth.Callers;
import com.telekpr.auth.StaffCaller;
import com.telekpr.order.application.OrderNotes;
import com.telekpr.order.application.OrderOperations;
import com.telekpr.order.application.OrderQueries;
import com.telekpr.order.application.OrderQueries.OrderFilter;
import com.telekpr.order.application.OrderView;
import com.telekpr.order.domain.OrderStatus;
import com.telekpr.outbox.IdempotentRequests;
import com.telekpr.rest.InvalidRequestException;
import com.telekpr.rest.RequestParams;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
 * Orders for bot-gateway (with ?userId=, which limits the answer to that user's orders) and staff. Every write takes
 * an Idempotency-Key: sent again with it, the write answers as the first time and changes nothing more. An
 * operator's token moves and notes only the operator's own orders.
 */
@RolesAllowed({Callers.BOT_GATEWAY, Callers.STAFF_ADMIN, Callers.STAFF_OPERATOR})
@Path("/orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {
    private final OrderQueries queries;
    private final OrderOperations operations;
    private final OrderNotes notes;
    private final IdempotentRequests requests;
    private final SecurityIdentity identity;

    OrderResource(OrderQueries queries, OrderOperations operations, OrderNotes notes, IdempotentRequests requests,
                  SecurityIdentity identity) {
        this.queries = queries;
        this.operations = operations;
        this.notes = notes;
        this.requests = requests;
        this.identity = identity;
    }

    public record OrderPageView(List<OrderView> items, int page, int size, long total) {
    }

    @GET
    public Uni<OrderPageView> search(@QueryParam("userId") String userId, @QueryParam("status") String status,
                                     @QueryParam("operatorId") String operatorId, @QueryParam("from") String from,
                                     @QueryParam("to") String to, @QueryParam("q") String text,
                                     @QueryParam("page") @DefaultValue("0") String page,
                                     @QueryParam("size") @DefaultValue("20") String size) {
        var filter = new OrderFilter(Params.optionalUuid("userId", userId),
                Params.optionalStatus("status", status),
                Params.optionalUuid("operatorId", operatorId), Params.optionalInstant("from", from), Params.optionalInstant("to", to),
                text == null || text.isBlank() ? null : text.strip());
        return queries.search(filter, RequestParams.page(page),
                        RequestParams.intBetween("size", size, 1, RequestParams.MAX_PAGE_SIZE))
                .map(result -> new OrderPageView(result.items(), result.page(), result.size(), result.total()));
    }

    @GET
    @Path("/{orderId}")
    public Uni<OrderView> one(@PathParam("orderId") String orderId, @QueryParam("userId") String userId) {
        return queries.one(RequestParams.uuid("orderId", orderId), Params.optionalUuid("userId", userId));
    }

    /** processing, completed or cancelled; "assigned" goes through /assign with the operator. */
    @PUT
    @Path("/{orderId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<OrderView> changeStatus(@PathParam("orderId") String orderId, StatusChangeRequest request,
                                       @HeaderParam(IdempotentRequests.HEADER) String key) {
        var body = required(request);
        UUID id = RequestParams.uuid("orderId", orderId);
        OrderStatus target = body.target();
        return moved(key, "PUT /orders/" + id + "/status", id, target, body);
    }

    @RolesAllowed({Callers.BOT_GATEWAY, Callers.STAFF_ADMIN})
    @POST
    @Path("/{orderId}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<OrderView> assign(@PathParam("orderId") String orderId, StatusChangeRequest request,
                                 @HeaderParam(IdempotentRequests.HEADER) String key) {
        var body = required(request);
        if (body.operatorId() == null) {
            throw new InvalidRequestException("operatorId", "operatorId is required");
        }
        UUID id = RequestParams.uuid("orderId", orderId);
        String note = body.checkedNote();
        return requests.once(key, "POST /orders/" + id + "/assign", body, OrderView.class,
                () -> operations.assign(id, body.operatorId(), StaffCaller.actor(identity, body.actorId()), note));
    }

    @POST
    @Path("/{orderId}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<OrderView> cancel(@PathParam("orderId") String orderId, StatusChangeRequest request,
                                 @HeaderParam(IdempotentRequests.HEADER) String key) {
        UUID id = RequestParams.uuid("orderId", orderId);
        return moved(key, "POST /orders/" + id + "/cancel", id, OrderStatus.CANCELLED, required(request));
    }

    /**
     * Archives the order for staff's lists: an unfinished one is cancelled with its refund first (the body's note and
     * customerMessage, both optional, go with that cancel). History and ledger keep everything.
     */
    @RolesAllowed(Callers.STAFF_ADMIN)
    @DELETE
    @Path("/{orderId}")
    public Uni<OrderView> archive(@PathParam("orderId") String orderId, @HeaderParam(IdempotentRequests.HEADER) String key,
                                  @QueryParam("note") String note, @QueryParam("customerMessage") String customerMessage) {
        UUID id = RequestParams.uuid("orderId", orderId);
        var body = new StatusChangeRequest(null, null, null, note, customerMessage);
        var move = new OrderOperations.Move(StaffCaller.actor(identity, null), body.checkedNote(),
                body.checkedCustomerMessage());
        return requests.once(key, "DELETE /orders/" + id, body, OrderView.class, () -> operations.archive(id, move));
    }

    /** A dated note on the order, kept in its history too. */
    @POST
    @Path("/{orderId}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<OrderView> addNote(@PathParam("orderId") String orderId, StatusChangeRequest request,
                                  @HeaderParam(IdempotentRequests.HEADER) String key) {
        var body = required(request);
        String note = body.checkedNote();
        if (note == null) {
            throw new InvalidRequestException("note", "note is required");
        }
        UUID id = RequestParams.uuid("orderId", orderId);
        return requests.once(key, "POST /orders/" + id + "/notes", body, OrderView.class, () -> notes.add(id,
                StaffCaller.actor(identity, body.actorId()), note, StaffCaller.onlyOperator(identity)));
    }

    private Uni<OrderView> moved(String key, String operation, UUID id, OrderStatus target, StatusChangeRequest body) {
        var move = new OrderOperations.Move(StaffCaller.actor(identity, body.actorId()), body.checkedNote(),
                body.checkedCustomerMessage());
        return requests.once(key, operation, body, OrderView.class,
                () -> operations.changeStatus(id, target, move, StaffCaller.onlyOperator(identity)));
    }

    private static StatusChangeRequest required(StatusChangeRequest request) {
        if (request == null) {
            throw new InvalidRequestException(null, "a JSON body is required");
        }
        return request;
    }
}
