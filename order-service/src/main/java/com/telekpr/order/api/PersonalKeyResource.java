package com.telekpr.order.api;

import com.telekpr.auth.Callers;
import com.telekpr.outbox.PersonalKeys;
import com.telekpr.rest.ApiErrors;
import com.telekpr.rest.RequestParams;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The key of a person's sealed profile fields in order.events, for their readers: gone for good once they are erased. */
@RolesAllowed({Callers.ADMIN_API, Callers.NOTIFICATION_SERVICE})
@Path("/personal-keys")
@Produces(MediaType.APPLICATION_JSON)
public class PersonalKeyResource {
    private final PersonalKeys keys;

    PersonalKeyResource(PersonalKeys keys) {
        this.keys = keys;
    }

    @GET
    @Path("/{userId}")
    public Uni<Response> get(@PathParam("userId") String userId) {
        var user = RequestParams.uuid("userId", userId);
        return keys.published(user).map(found -> found.map(key -> Response.ok(key).build())
                .orElseGet(() -> ApiErrors.answer(404, "not_found", "no personal key of user " + user, null)));
    }
}
