package com.telekpr.admin.api;

import com.telekpr.admin.application.staff.SecondFactorEnrolment;
import com.telekpr.rest.InvalidRequestException;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's own second factor (TOTP): any signed-in staff member, also one whose token may only enrol. */
@Authenticated
@Path("/api/admin/session/totp")
@Produces(MediaType.APPLICATION_JSON)
public class SecondFactorResource {
    private final SecondFactorEnrolment enrolment;
    private final ClientAddresses clients;
    private final JsonWebToken token;

    SecondFactorResource(SecondFactorEnrolment enrolment, ClientAddresses clients, JsonWebToken token) {
        this.enrolment = enrolment;
        this.clients = clients;
        this.token = token;
    }

    public record Code(String code) {
    }

    @POST
    @Operation(summary = "Begins enrolment: a new TOTP secret (and its otpauth:// link) and ten recovery codes, shown"
            + " this once; 409 while a confirmed one is in force")
    public Uni<Response> enrol(@Context HttpServerRequest http) {
        return enrolment.enrol(clients.actor(token, http))
                .map(made -> Response.status(201).entity(made).header("Cache-Control", "no-store").build());
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Puts the enrolled secret in force with a first code; from then on every login needs one"
            + " (sign in again for a token beyond enrolment)")
    public Uni<Response> confirm(Code request, @Context HttpServerRequest http) {
        if (request == null || request.code() == null) {
            throw new InvalidRequestException("code", "'code' is required");
        }
        return enrolment.confirm(clients.actor(token, http), request.code()).map(done -> Response.noContent().build());
    }
}
