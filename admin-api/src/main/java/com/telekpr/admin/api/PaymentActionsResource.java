package com.telekpr.admin.api;

import static com.telekpr.admin.api.StaffRequests.required;

import com.telekpr.admin.application.actions.PaymentActions;
import com.telekpr.admin.application.actions.PaymentActions.Acceptance;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The money checks and the manual accept, from and to their owners (payment-service, wallet-service). */
@RolesAllowed("admin")
@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentActionsResource {
    private final PaymentActions payments;
    private final StaffRequests requests;
    private final JsonWebToken token;

    PaymentActionsResource(PaymentActions payments, StaffRequests requests, JsonWebToken token) {
        this.payments = payments;
        this.requests = requests;
        this.token = token;
    }

    @GET
    @Path("/reconciliation")
    @Operation(summary = "{payments, ledger}: payment-service's reconciliation (paid but not credited, credited twice…)"
            + " for from/to (instants; the last 30 days by default) and the wallet's ledger verification")
    public Uni<Response> reconciliation(@QueryParam("from") String from, @QueryParam("to") String to,
                                        @Context HttpServerRequest http) {
        return payments.reconciliation(requests.asker(token, http), from, to).map(StaffRequests::relayed);
    }

    @POST
    @Path("/payments/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Credits an underpaid or expired (late-paid) invoice by hand, once, {reason} audited;"
            + " 409 for any other")
    public Uni<Response> accept(@PathParam("id") String id, Acceptance acceptance, @Context HttpServerRequest http) {
        return payments.accept(requests.asker(token, http), RequestParams.uuid("id", id), required(acceptance, "{reason}"))
                .map(StaffRequests::relayed);
    }
}
