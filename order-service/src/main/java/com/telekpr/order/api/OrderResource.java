package com.telekpr.order.api;

import com.telekpr.auth.Callers;
import jakarta.annotation.security.RolesAllowed;
import com.telekpr.order.application.OrderNotes;
import com.telekpr.order.application.OrderOperations;
import com.telekpr.order.application.OrderQueries;
import com.telekpr.order.application.OrderQueries.OrderFilter;
import com.telekpr.order.application.OrderView;
import com.telekpr.order.domain.OrderStatus;
import com.telekpr.rest.InvalidRequestException;
import com.telekpr.rest.RequestParams;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Orders for bot-gateway (with ?userId=, which limits the answer to that user's orders) and admin-api. */
@RolesAllowed({Callers.BOT_GATEWAY, Callers.STAFF_ADMIN, Callers.STAFF_OPERATOR})
@Path("/orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {
    private final OrderQueries queries;
    private final OrderOperations operations;
    private final OrderNotes notes;

    OrderResource(OrderQueries queries, OrderOperations operations, OrderNotes notes) {
        this.queries = queries;
        this.operations = operations;
        this.notes = notes;
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
    public Uni<OrderView> changeStatus(@PathParam("orderId") String orderId, StatusChangeRequest request) {
        var body = required(request);
        return operations.changeStatus(RequestParams.uuid("orderId", orderId), body.target(), body.actorId(),
                body.checkedNote());
    }

    @POST
    @Path("/{orderId}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<OrderView> assign(@PathParam("orderId") String orderId, StatusChangeRequest request) {
        var body = required(request);
        if (body.operatorId() == null) {
            throw new InvalidRequestException("operatorId", "operatorId is required");
        }
        return operations.assign(RequestParams.uuid("orderId", orderId), body.operatorId(), body.actorId(),
                body.checkedNote());
    }

    @POST
    @Path("/{orderId}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<OrderView> cancel(@PathParam("orderId") String orderId, StatusChangeRequest request) {
        var body = required(request);
        return operations.changeStatus(RequestParams.uuid("orderId", orderId), OrderStatus.CANCELLED,
                body.actorId(), body.checkedNote());
    }

    /** A dated note on the order, kept in its history too. */
    @POST
    @Path("/{orderId}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<OrderView> addNote(@PathParam("orderId") String orderId, StatusChangeRequest request) {
        String note = required(request).checkedNote();
        if (note == null) {
            throw new InvalidRequestException("note", "note is required");
        }
        return notes.add(RequestParams.uuid("orderId", orderId), request.actorId(), note);
    }

    private static StatusChangeRequest required(StatusChangeRequest request) {
        if (request == null) {
            throw new InvalidRequestException(null, "a JSON body is required");
        }
        return request;
    }
}
