package com.telekpr.admin.api;

import static com.telekpr.admin.api.StaffRequests.required;

import com.telekpr.admin.application.actions.Broadcasting;
import com.telekpr.admin.application.actions.Broadcasting.BroadcastOrder;
import com.telekpr.admin.application.actions.ForwardedActions;
import com.telekpr.admin.application.actions.StaffAction;
import com.telekpr.admin.application.signin.StaffTokens;
import com.telekpr.rest.RequestParams;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Broadcasts from the panel (PRD §8.4): audience resolved here, sent by notification-service, each step audited. */
@RolesAllowed("admin")
@Path("/api/admin/broadcast")
@Produces(MediaType.APPLICATION_JSON)
public class BroadcastActionsResource {
    private final Broadcasting broadcasting;
    private final ForwardedActions forwarded;
    private final StaffRequests requests;
    private final JsonWebToken token;

    BroadcastActionsResource(Broadcasting broadcasting, ForwardedActions forwarded, StaffRequests requests,
                             JsonWebToken token) {
        this.broadcasting = broadcasting;
        this.forwarded = forwarded;
        this.requests = requests;
        this.token = token;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "{title, message (≤ 3,900 UTF-16 units), emoji, testMode, audience: all|subscribers|"
            + "non_subscribers|active_30d, buttonText?, buttonUrl?}: a test goes to your linked chat (else every admin's)"
            + " and answers {success, sent, failed, successRate} when done; a real one answers 202 with its id and counts,"
            + " progress on the stream")
    public Uni<Response> broadcast(BroadcastOrder order, @Context HttpServerRequest http) {
        return broadcasting.broadcast(requests.asker(token, http), linkedUser(),
                required(order, "{title, message, emoji, testMode, audience}")).map(StaffRequests::relayed);
    }

    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The exact text recipients read and how many of the audience it reaches now; nothing is kept")
    public Uni<Response> preview(BroadcastOrder order, @Context HttpServerRequest http) {
        return broadcasting.preview(requests.asker(token, http), linkedUser(),
                required(order, "{title, message, emoji, testMode, audience}")).map(StaffRequests::relayed);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One broadcast with its delivery report (sent, failed, blocked, pending, success rate)")
    public Uni<Response> get(@PathParam("id") String id, @Context HttpServerRequest http) {
        UUID broadcast = RequestParams.uuid("id", id);
        return forwarded.read(requests.asker(token, http), "notification-service", "GET", "/broadcasts/" + broadcast, null)
                .map(StaffRequests::relayed);
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "Stops it: what was not sent yet never will be; 409 once it has completed")
    public Uni<Response> cancel(@PathParam("id") String id, @Context HttpServerRequest http) {
        UUID broadcast = RequestParams.uuid("id", id);
        return forwarded.perform(requests.asker(token, http), new StaffAction("broadcast.cancel", "broadcast:" + broadcast,
                        Map.of(), null), "notification-service", "POST", "/broadcasts/" + broadcast + "/cancel", null)
                .map(StaffRequests::relayed);
    }

    private UUID linkedUser() {
        String linked = token.getClaim(StaffTokens.TELEGRAM_USER);
        return linked == null ? null : UUID.fromString(linked);
    }
}
