package com.telekpr.admin.api;

import static com.telekpr.admin.api.StaffRequests.required;

import com.telekpr.admin.application.actions.OrderBulk;
import com.telekpr.admin.application.actions.OrderBulk.BulkRequest;
import com.telekpr.admin.application.actions.OrderBulk.BulkResult;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** One action on up to 100 orders, each its own forwarded, audited action; every order's outcome answered. */
@RolesAllowed("admin")
@Path("/api/admin/orders/bulk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderBulkResource {
    private final OrderBulk bulk;
    private final StaffRequests requests;
    private final JsonWebToken token;

    OrderBulkResource(OrderBulk bulk, StaffRequests requests, JsonWebToken token) {
        this.bulk = bulk;
        this.requests = requests;
        this.token = token;
    }

    @POST
    @Operation(summary = "{ids (1–100), action: status|assign|cancel|note|archive, status?, operatorId?, note?,"
            + " customerMessage?}: done one by one; answers {requested, done, refused, unknown, results: [{id, outcome,"
            + " status, message, result}]}, a refused order among the rest")
    public Uni<BulkResult> perform(BulkRequest request, @Context HttpServerRequest http) {
        return bulk.perform(requests.asker(token, http), required(request, "{ids, action, ...}"));
    }
}
