package com.telekpr.admin.api;

import static com.telekpr.admin.api.StaffRequests.required;

import com.telekpr.admin.application.actions.UserActions;
import com.telekpr.admin.application.actions.UserActions.Promotion;
import com.telekpr.admin.application.actions.UserActions.TokenAdjustment;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** An admin's changes to a Telegram user, forwarded to their owners (wallet-service, bot-gateway) and audited. */
@RolesAllowed("admin")
@Path("/api/admin/users/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class UserActionsResource {
    private final UserActions users;
    private final StaffRequests requests;
    private final JsonWebToken token;

    UserActionsResource(UserActions users, StaffRequests requests, JsonWebToken token) {
        this.users = users;
        this.requests = requests;
        this.token = token;
    }

    @PUT
    @Path("/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds (or with a negative amount takes) tokens, with a reason; never below zero (409)")
    public Uni<Response> adjustTokens(@PathParam("id") String id, TokenAdjustment adjustment,
                                      @Context HttpServerRequest http) {
        return users.adjustTokens(requests.asker(token, http), RequestParams.uuid("id", id),
                required(adjustment, "{amount, reason}")).map(StaffRequests::relayed);
    }

    @POST
    @Path("/promote")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets the user's staff role: admin, operator or none (bot-gateway owns it)")
    public Uni<Response> promote(@PathParam("id") String id, Promotion promotion, @Context HttpServerRequest http) {
        return users.promote(requests.asker(token, http), RequestParams.uuid("id", id), required(promotion, "{role}"))
                .map(StaffRequests::relayed);
    }

    @POST
    @Path("/subscription")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "{action: grant|extend|cancel, days (grant, extend), reason}: premium without a charge;"
            + " 409 when its state refuses (extend or cancel with none active)")
    public Uni<Response> changeSubscription(@PathParam("id") String id, UserActions.SubscriptionChange change,
                                            @Context HttpServerRequest http) {
        return users.changeSubscription(requests.asker(token, http), RequestParams.uuid("id", id),
                required(change, "{action, days?, reason}")).map(StaffRequests::relayed);
    }

    @POST
    @Path("/message")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "{text}: a message to the user in Telegram (at most 3,900 UTF-16 units); 202 when queued")
    public Uni<Response> message(@PathParam("id") String id, UserActions.Message message, @Context HttpServerRequest http) {
        return users.message(requests.asker(token, http), RequestParams.uuid("id", id), required(message, "{text}"))
                .map(StaffRequests::relayed);
    }

    @POST
    @Path("/suspend")
    @Operation(summary = "Suspends the user: the bot tells them once, then ignores them until activated")
    public Uni<Response> suspend(@PathParam("id") String id, @Context HttpServerRequest http) {
        return users.suspend(requests.asker(token, http), RequestParams.uuid("id", id), true).map(StaffRequests::relayed);
    }

    @POST
    @Path("/activate")
    @Operation(summary = "Lifts a suspension")
    public Uni<Response> activate(@PathParam("id") String id, @Context HttpServerRequest http) {
        return users.suspend(requests.asker(token, http), RequestParams.uuid("id", id), false).map(StaffRequests::relayed);
    }

    @DELETE
    @Operation(summary = "Erases the user: every service forgets their name, usernames, profiles and passwords, and the"
            + " history keeps only ids, amounts and dates; 409 while they have an open order or a staff role")
    public Uni<Response> erase(@PathParam("id") String id, @Context HttpServerRequest http) {
        return users.erase(requests.asker(token, http), RequestParams.uuid("id", id)).map(StaffRequests::relayed);
    }
}
