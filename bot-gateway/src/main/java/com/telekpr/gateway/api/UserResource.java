package com.telekpr.gateway.api;

import com.telekpr.auth.Callers;
import com.telekpr.outbox.IdempotentRequests;
import jakarta.annotation.security.RolesAllowed;
import com.telekpr.gateway.application.UserAdministration;
import com.telekpr.gateway.application.UserErasure;
import com.telekpr.gateway.application.UserView;
import com.telekpr.rest.InvalidRequestException;
import com.telekpr.rest.RequestParams;
import io.smallrye.mutiny.Uni;
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
import java.util.Set;
import java.util.UUID;

/**
 * The gateway's users for admin-api (product.md §9.4): list, read, roles, suspension. Writes take an Idempotency-Key:
 * sent again with it, a write answers as the first time.
 */
@RolesAllowed({Callers.STAFF_ADMIN, Callers.ADMIN_API})
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {
    private static final Set<String> ROLES = Set.of("admin", "operator", "suspended");

    private final UserAdministration users;
    private final UserErasure erasure;
    private final IdempotentRequests requests;

    UserResource(UserAdministration users, UserErasure erasure, IdempotentRequests requests) {
        this.users = users;
        this.erasure = erasure;
        this.requests = requests;
    }

    @GET
    public Uni<List<UserView>> search(@QueryParam("role") String role, @QueryParam("q") String text,
                                      @QueryParam("page") @DefaultValue("0") String page,
                                      @QueryParam("size") @DefaultValue("20") String size) {
        if (role != null && !ROLES.contains(role)) {
            throw new InvalidRequestException("role", "role must be one of admin, operator, suspended");
        }
        return users.search(role, text, RequestParams.page(page),
                RequestParams.intBetween("size", size, 1, RequestParams.MAX_PAGE_SIZE));
    }

    @GET
    @Path("/{id}")
    public Uni<UserView> get(@PathParam("id") String id) {
        return users.get(RequestParams.uuid("id", id));
    }

    @PUT
    @Path("/{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<UserView> setRoles(@PathParam("id") String id, RolesRequest roles,
                                  @HeaderParam(IdempotentRequests.HEADER) String key) {
        if (roles == null || roles.admin() == null || roles.operator() == null) {
            throw new InvalidRequestException(roles == null || roles.admin() == null ? "admin" : "operator",
                    "both admin and operator must be given, true or false");
        }
        UUID user = RequestParams.uuid("id", id);
        return requests.once(key, "PUT /users/" + user + "/roles", roles, UserView.class,
                () -> users.setRoles(user, roles.admin(), roles.operator()));
    }

    @POST
    @Path("/{id}/suspend")
    public Uni<UserView> suspend(@PathParam("id") String id, @HeaderParam(IdempotentRequests.HEADER) String key) {
        UUID user = RequestParams.uuid("id", id);
        return requests.once(key, "POST /users/" + user + "/suspend", null, UserView.class, () -> users.suspend(user, true));
    }

    @POST
    @Path("/{id}/activate")
    public Uni<UserView> activate(@PathParam("id") String id, @HeaderParam(IdempotentRequests.HEADER) String key) {
        UUID user = RequestParams.uuid("id", id);
        return requests.once(key, "POST /users/" + user + "/activate", null, UserView.class,
                () -> users.suspend(user, false));
    }

    /** Erases the user for good (UserErased); admin-api refuses first while they have open orders. */
    @DELETE
    @Path("/{id}")
    public Uni<UserErasure.Erased> erase(@PathParam("id") String id, @HeaderParam(IdempotentRequests.HEADER) String key) {
        UUID user = RequestParams.uuid("id", id);
        return requests.once(key, "DELETE /users/" + user, null, UserErasure.Erased.class, () -> erasure.erase(user));
    }
}
