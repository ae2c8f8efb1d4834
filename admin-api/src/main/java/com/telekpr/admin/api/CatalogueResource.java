package com.telekpr.admin.api;

import static com.telekpr.admin.api.StaffRequests.required;

import com.telekpr.admin.application.actions.CatalogueEdits;
import com.telekpr.admin.application.actions.CatalogueEdits.Edits;
import com.telekpr.admin.application.actions.CatalogueEdits.Entry;
import com.telekpr.admin.application.actions.PartOutcome;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The price list (PRD §3.4.4): read from admin's projection, edited in order-service. */
@RolesAllowed("admin")
@Path("/api/admin/catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {
    private final CatalogueEdits catalogue;
    private final StaffRequests requests;
    private final JsonWebToken token;

    CatalogueResource(CatalogueEdits catalogue, StaffRequests requests, JsonWebToken token) {
        this.catalogue = catalogue;
        this.requests = requests;
        this.token = token;
    }

    @GET
    @Operation(summary = "Every catalogue entry, in the bot's order, as the last CatalogueChanged said")
    public Uni<List<Entry>> all() {
        return catalogue.all();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "{entries: [{code, name?, regularPrice, subscriberPrice, active?}]}: each entry edited on its"
            + " own; answers each one's outcome (done, refused with the reason, unknown)")
    public Uni<List<PartOutcome>> edit(Edits edits, @Context HttpServerRequest http) {
        return catalogue.edit(requests.asker(token, http), required(edits, "{entries: [...]}"));
    }
}
