package com.telekpr.admin.api;

import com.telekpr.admin.application.rebuild.ProjectionRebuild;
import com.telekpr.admin.application.rebuild.RebuildStatus;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The read models' rebuild from the whole event history, and its progress. */
@RolesAllowed("admin")
@Path("/api/admin/projections")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectionsResource {
    private final ProjectionRebuild rebuild;

    ProjectionsResource(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @GET
    @Operation(summary = "Where the latest rebuild stands: per topic the offsets reached and to reach, events/s")
    public RebuildStatus status() {
        return rebuild.status();
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Replays every event topic from offset 0 into a fresh copy of the read models, then swaps it"
            + " in; reads answer from the old copy meanwhile. 202 with the progress; 409 while one runs.")
    @Blocking
    public Response rebuild() throws SQLException {
        return Response.accepted(rebuild.start()).build();
    }
}
