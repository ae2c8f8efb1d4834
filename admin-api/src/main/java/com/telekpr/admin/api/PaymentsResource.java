package com.telekpr.admin.api;

import com.telekpr.admin.application.lists.Page;
import com.telekpr.admin.application.lists.PaymentQueries;
import com.telekpr.admin.domain.PageRequest;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The payments table. */
@RolesAllowed("admin")
@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentsResource {
    private static final Set<String> PAYMENT_STATUSES = Set.of("requested", "waiting", "paid", "expired", "failed");

    private final PaymentQueries queries;

    PaymentsResource(PaymentQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/payments")
    @Operation(summary = "Token purchases, paged (size ≤ 200), sorted (e.g. sort=createdAt,desc), filtered",
            description = "Filters: status (requested, waiting, paid, expired, failed), user, from/to (created; dates in"
                    + " tz or instants), q (payment id, OxaPay track id, username).")
    public Uni<Page<PaymentQueries.PaymentView>> payments(@QueryParam("status") String status,
            @QueryParam("user") String user, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("tz") String tz, @QueryParam("q") String text, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        AdminParams.Window created = AdminParams.window(from, to, tz);
        var filter = new PaymentQueries.PaymentFilter(AdminParams.oneOf("status", status, PAYMENT_STATUSES),
                AdminParams.uuid("user", user), created.from(), created.to(), AdminParams.text(text));
        return queries.payments(filter, PageRequest.of(page, size, sort, PaymentQueries.SORTS.keySet(), "createdAt,desc"));
    }
}
