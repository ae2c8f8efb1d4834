package com.telekpr.admin.api;

import com.telekpr.admin.application.staff.SecondFactorEnrolment;
import com.telekpr.admin.application.staff.StaffManagement;
import com.telekpr.admin.domain.staff.StaffMember;
import com.telekpr.rest.InvalidRequestException;
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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The panel's web accounts, for admins: list, create, disable, enable, reset a password. */
@RolesAllowed("admin")
@Path("/api/admin/staff")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {
    private final StaffManagement staff;
    private final SecondFactorEnrolment secondFactors;
    private final ClientAddresses clients;
    private final JsonWebToken token;

    StaffResource(StaffManagement staff, SecondFactorEnrolment secondFactors, ClientAddresses clients, JsonWebToken token) {
        this.staff = staff;
        this.secondFactors = secondFactors;
        this.clients = clients;
        this.token = token;
    }

    public record NewAccount(String username, String password, String role, String telegramUserId) {
    }

    public record NewPassword(String password) {
    }

    /** An account as the panel shows it; a linked account's role is its Telegram user's now (null: not staff). */
    public record StaffView(String accountId, String username, String role, String telegramUserId, boolean disabled,
                            Instant createdAt, Instant disabledAt) {
        static StaffView of(StaffMember member) {
            var account = member.account();
            return new StaffView(account.accountId().toString(), account.username(), account.roleClaim(),
                    account.telegramUserId().map(Object::toString).orElse(null), account.disabled(), member.createdAt(),
                    member.disabledAt());
        }
    }

    @GET
    @Operation(summary = "Every web account, by username")
    public Uni<List<StaffView>> all() {
        return staff.all().map(all -> all.stream().map(StaffView::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Makes a web account: username, password (12–256), and role (admin|operator) unless linked to"
            + " a Telegram user (telegramUserId), whose role it then has; 409 when the name is taken")
    public Uni<Response> create(NewAccount request, @Context HttpServerRequest http) {
        if (request == null) {
            throw new InvalidRequestException(null, "the body needs username, password and role or telegramUserId");
        }
        var linked = Optional.ofNullable(request.telegramUserId()).map(id -> RequestParams.uuid("telegramUserId", id));
        return staff.create(clients.actor(token, http), request.username(), request.password(), request.role(), linked)
                .map(made -> Response.status(201).entity(StaffView.of(made)).build());
    }

    @POST
    @Path("/{id}/disable")
    @Operation(summary = "Disables the account and ends its sessions at once (not your own: 409)")
    public Uni<StaffView> disable(@PathParam("id") String id, @Context HttpServerRequest http) {
        return staff.disable(clients.actor(token, http), RequestParams.uuid("id", id)).map(StaffView::of);
    }

    @POST
    @Path("/{id}/enable")
    @Operation(summary = "Lets a disabled account sign in again")
    public Uni<StaffView> enable(@PathParam("id") String id, @Context HttpServerRequest http) {
        return staff.enable(clients.actor(token, http), RequestParams.uuid("id", id)).map(StaffView::of);
    }

    @POST
    @Path("/{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets a new password (12–256 characters) and ends the account's sessions")
    public Uni<StaffView> resetPassword(@PathParam("id") String id, NewPassword request, @Context HttpServerRequest http) {
        if (request == null) {
            throw new InvalidRequestException("password", "'password' is required");
        }
        return staff.resetPassword(clients.actor(token, http), RequestParams.uuid("id", id), request.password())
                .map(StaffView::of);
    }

    @POST
    @Path("/{id}/totp/reset")
    @Operation(summary = "Removes the account's second factor (a lost phone) and ends its sessions; it enrols again")
    public Uni<Response> resetSecondFactor(@PathParam("id") String id, @Context HttpServerRequest http) {
        return secondFactors.reset(clients.actor(token, http), RequestParams.uuid("id", id))
                .map(done -> Response.noContent().build());
    }
}
