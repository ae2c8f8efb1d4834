package com.telekpr.admin.api;

import com.telekpr.admin.application.lists.BroadcastQueries;
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

/** The broadcasts table (PRD §3.4.4: delivery tracking). */
@RolesAllowed("admin")
@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
public class BroadcastsResource {
    private static final Set<String> BROADCAST_STATUSES = Set.of("sending", "completed", "cancelled");

    private final BroadcastQueries queries;

    BroadcastsResource(BroadcastQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/broadcasts")
    @Operation(summary = "Broadcasts with their delivery progress, newest first; filter: status")
    public Uni<Page<BroadcastQueries.BroadcastView>> broadcasts(@QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return queries.broadcasts(AdminParams.oneOf("status", status, BROADCAST_STATUSES),
                PageRequest.of(page, size, sort, BroadcastQueries.SORTS.keySet(), "startedAt,desc"));
    }
}
