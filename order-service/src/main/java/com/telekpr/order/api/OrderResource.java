package com.telekpr.order.api;

import com.telekpr.order.application.OrderOperations;
import com.telekpr.order.application.OrderQueries;
import com.telekpr.order.application.OrderQueries.OrderFilter;
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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** Orders for bot-gateway (with ?userId=, which limits the answer to that user's orders) and admin-api. */
@Path("/orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {
    private final OrderQueries queries;
    private final OrderOperations operations;

    OrderResource(OrderQueries queries, OrderOperations operations) {
        this.queries = queries;
        this.operations = operations;
    }

    public record OrderPageView(List<OrderView> items, int page, int size, long total) {
    }

    @GET
    public Uni<OrderPageView> search(@QueryParam("userId") String userId, @QueryParam("status") String status,
                                     @QueryParam("operatorId") String operatorId, @QueryParam("from") String from,
                                     @QueryParam("to") String to, @QueryParam("q") String text,
                                     @QueryParam("page") @DefaultValue("0") String page,
                                     @QueryParam("size") @DefaultValue("20") String size) {
        var filter = new OrderFilter(optionalUuid("userId", userId),
                status == null ? null : new StatusChangeRequest(status, null, null, null).target().storedName(),
                optionalUuid("operatorId", operatorId), instant("from", from), instant("to", to),
                text == null || text.isBlank() ? null : text.strip());
        return queries.search(filter, RequestParams.intBetween("page", page, 0, Integer.MAX_VALUE),
                        RequestParams.intBetween("size", size, 1, RequestParams.MAX_PAGE_SIZE))
                .map(result -> new OrderPageView(result.items().stream().map(o -> OrderView.of(o, null, null)).toList(),
                        result.page(), result.size(), result.total()));
    }

    @GET
    @Path("/{orderId}")
    public Uni<OrderView> one(@PathParam("orderId") String orderId, @QueryParam("userId") String userId) {
        return queries.one(RequestParams.uuid("orderId", orderId), optionalUuid("userId", userId))
                .map(detail -> OrderView.of(detail.order(), detail.queuePosition(), detail.history()));
    }

    /** processing, completed or cancelled; "assigned" goes through /assign with the operator. */
    @PUT
    @Path("/{orderId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<OrderView> changeStatus(@PathParam("orderId") String orderId, StatusChangeRequest request) {
        var body = required(request);
        return operations.changeStatus(RequestParams.uuid("orderId", orderId), body.target(), body.actorId(),
                body.checkedNote()).map(row -> OrderView.of(row, null, null));
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
                body.checkedNote()).map(row -> OrderView.of(row, null, null));
    }

    @POST
    @Path("/{orderId}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<OrderView> cancel(@PathParam("orderId") String orderId, StatusChangeRequest request) {
        var body = required(request);
        return operations.changeStatus(RequestParams.uuid("orderId", orderId), OrderStatus.CANCELLED,
                body.actorId(), body.checkedNote()).map(row -> OrderView.of(row, null, null));
    }

    private static StatusChangeRequest required(StatusChangeRequest request) {
        if (request == null) {
            throw new InvalidRequestException(null, "a JSON body is required");
        }
        return request;
    }

    private static UUID optionalUuid(String name, String value) {
        return value == null || value.isBlank() ? null : RequestParams.uuid(name, value);
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name, name + " must be an ISO-8601 instant like 2026-11-24T00:00:00Z");
        }
    }
}
