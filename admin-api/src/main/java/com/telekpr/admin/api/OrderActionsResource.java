package com.telekpr.admin.api;

import static com.telekpr.admin.api.StaffRequests.required;

import com.telekpr.admin.application.actions.OrderActions;
import com.telekpr.admin.application.actions.OrderActions.Assignment;
import com.telekpr.admin.application.actions.OrderActions.Note;
import com.telekpr.admin.application.actions.OrderActions.StatusChange;
import com.telekpr.rest.RequestParams;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Staff moves of one order, forwarded to order-service with the person's token and the request's Idempotency-Key
 * (send one: a retry with it is answered, not done again); each is audited. The answer is order-service's.
 */
@RolesAllowed({"admin", "operator"})
@Path("/api/admin/orders/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderActionsResource {
    private final OrderActions orders;
    private final StaffRequests requests;
    private final JsonWebToken token;

    OrderActionsResource(OrderActions orders, StaffRequests requests, JsonWebToken token) {
        this.orders = orders;
        this.requests = requests;
        this.token = token;
    }

    @PUT
    @Path("/status")
    @Operation(summary = "Moves the order: processing, completed or cancelled (with refund); note stays with staff,"
            + " customerMessage is what the customer is told; an operator moves only their own orders")
    public Uni<Response> changeStatus(@PathParam("id") String id, StatusChange change, @Context HttpServerRequest http) {
        return orders.changeStatus(requests.asker(token, http), RequestParams.uuid("id", id),
                required(change, "{status, note?, customerMessage?}")).map(StaffRequests::relayed);
    }

    @RolesAllowed("admin")
    @POST
    @Path("/assign")
    @Operation(summary = "Assigns a processing order to an operator (their Telegram user id)")
    public Uni<Response> assign(@PathParam("id") String id, Assignment assignment, @Context HttpServerRequest http) {
        return orders.assign(requests.asker(token, http), RequestParams.uuid("id", id),
                required(assignment, "{operatorId, note?}")).map(StaffRequests::relayed);
    }

    @RolesAllowed("admin")
    @DELETE
    @Operation(summary = "Archives the order: an unfinished one is cancelled with its refund first (note and"
            + " customerMessage, query parameters, go with that cancel); it leaves the default lists (archived=include"
            + " shows it); history and ledger keep everything")
    public Uni<Response> archive(@PathParam("id") String id, @QueryParam("note") String note,
                                 @QueryParam("customerMessage") String customerMessage, @Context HttpServerRequest http) {
        return orders.archive(requests.asker(token, http), RequestParams.uuid("id", id), note, customerMessage)
                .map(StaffRequests::relayed);
    }

    @POST
    @Path("/notes")
    @Operation(summary = "Adds a dated note, seen by staff only (an operator: on a waiting order or their own)")
    public Uni<Response> note(@PathParam("id") String id, Note note, @Context HttpServerRequest http) {
        return orders.note(requests.asker(token, http), RequestParams.uuid("id", id), required(note, "{note}"))
                .map(StaffRequests::relayed);
    }
}
