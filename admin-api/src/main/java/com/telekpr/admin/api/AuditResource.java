package com.telekpr.admin.api;

import com.telekpr.admin.application.lists.AuditQueries;
import com.telekpr.admin.application.lists.Page;
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

/** The audit log of staff actions (sign-ins so far; every admin write joins it). */
@RolesAllowed("admin")
@Path("/api/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    private static final Set<String> OUTCOMES = Set.of("success", "refused", "throttled", "failed", "unknown");

    private final AuditQueries queries;

    AuditResource(AuditQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "Staff actions, newest first, paged (size ≤ 200), filtered",
            description = "Filters: actor (account id), action (e.g. login), outcome (success, refused, throttled, failed,"
                    + " unknown), client (address), from/to (dates in tz or instants), q (actor name, target, detail).")
    public Uni<Page<AuditQueries.AuditEntry>> entries(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("outcome") String outcome, @QueryParam("client") String client, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("tz") String tz, @QueryParam("q") String text,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        AdminParams.Window at = AdminParams.window(from, to, tz);
        var filter = new AuditQueries.AuditFilter(AdminParams.uuid("actor", actor), AdminParams.text(action),
                AdminParams.oneOf("outcome", outcome, OUTCOMES), AdminParams.text(client), at.from(), at.to(),
                AdminParams.text(text));
        return queries.entries(filter, PageRequest.of(page, size, sort, AuditQueries.SORTS.keySet(), "at,desc"));
    }
}
