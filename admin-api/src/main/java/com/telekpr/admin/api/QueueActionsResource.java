package com.telekpr.admin.api;

import static com.telekpr.admin.api.StaffRequests.required;

import com.telekpr.admin.application.actions.OrderActions;
import com.telekpr.admin.application.actions.OrderActions.Position;
import com.telekpr.rest.RequestParams;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The waiting line: an operator takes the next order; an admin moves one. Forwarded and audited like every action. */
@Path("/api/admin/queue")
@Produces(MediaType.APPLICATION_JSON)
public class QueueActionsResource {
    private final OrderActions orders;
    private final StaffRequests requests;
    private final JsonWebToken token;

    QueueActionsResource(OrderActions orders, StaffRequests requests, JsonWebToken token) {
        this.orders = orders;
        this.requests = requests;
        this.token = token;
    }

    @RolesAllowed({"admin", "operator"})
    @POST
    @Path("/take-next")
    @Operation(summary = "The first waiting order becomes yours, in hand (assigned); 409 when none waits; your"
            + " account must be linked to your Telegram user")
    public Uni<Response> takeNext(@Context HttpServerRequest http) {
        return orders.takeNext(requests.asker(token, http)).map(StaffRequests::relayed);
    }

    @RolesAllowed("admin")
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Puts a waiting order at {position} (1 = next); the customer is told the new place")
    public Uni<Response> move(@PathParam("id") String id, Position position, @Context HttpServerRequest http) {
        return orders.moveInQueue(requests.asker(token, http), RequestParams.uuid("id", id),
                required(position, "{position}")).map(StaffRequests::relayed);
    }
}
