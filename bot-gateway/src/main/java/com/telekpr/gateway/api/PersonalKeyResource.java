package com.telekpr.gateway.api;

import com.telekpr.auth.Callers;
import com.telekpr.outbox.PersonalKeys;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The key of a user's sealed names in user.events, for admin-api's projections: gone for good once they are erased. */
@RolesAllowed(Callers.ADMIN_API)
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
        return keys.answer(userId);
    }
}
