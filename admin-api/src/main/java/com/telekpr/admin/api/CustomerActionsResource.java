package com.telekpr.admin.api;

import static com.telekpr.admin.api.StaffRequests.required;

import com.fasterxml.jackson.databind.JsonNode;
import com.telekpr.admin.application.actions.CustomerActions;
import com.telekpr.admin.application.actions.CustomerActions.Reveal;
import com.telekpr.rest.InvalidRequestException;
import com.telekpr.rest.RequestParams;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Changes to customer profiles, forwarded to order-service and audited. */
@Path("/api/admin/customers/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerActionsResource {
    /** The profile's fields as the contract names them; order-service checks their values by the customer rules. */
    private static final java.util.Set<String> PROFILE_FIELDS = java.util.Arrays.stream(
            com.telekpr.events.CustomerDetails.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final CustomerActions customers;
    private final StaffRequests requests;
    private final JsonWebToken token;

    CustomerActionsResource(CustomerActions customers, StaffRequests requests, JsonWebToken token) {
        this.customers = customers;
        this.requests = requests;
        this.token = token;
    }

    @RolesAllowed("admin")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replaces the profile's details (the registration's fields); every broken rule is named by"
            + " field in one 400")
    public Uni<Response> edit(@PathParam("id") String id, JsonNode details, @Context HttpServerRequest http) {
        if (details == null || !details.isObject()) {
            throw new InvalidRequestException(null, "a JSON object with the profile's fields is required");
        }
        details.fieldNames().forEachRemaining(field -> {
            if (!PROFILE_FIELDS.contains(field)) {
                throw new InvalidRequestException(field, "'" + field + "' is not a field of this request");
            }
            if (!details.get(field).isTextual() && !details.get(field).isNull()) {
                throw new InvalidRequestException(field, field + " must be text (or null)");
            }
        });
        return customers.edit(requests.asker(token, http), RequestParams.uuid("id", id), details)
                .map(StaffRequests::relayed);
    }

    @RolesAllowed("admin")
    @DELETE
    @Operation(summary = "Deletes the profile (kept for its orders' history); 409 while one of its orders is open")
    public Uni<Response> delete(@PathParam("id") String id, @Context HttpServerRequest http) {
        return customers.delete(requests.asker(token, http), RequestParams.uuid("id", id)).map(StaffRequests::relayed);
    }

    @RolesAllowed({"admin", "operator"})
    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reveals the profile's password, {reason} audited (the password is not); an operator only"
            + " for a profile of an order assigned to them")
    public Uni<Response> revealPassword(@PathParam("id") String id, Reveal reveal, @Context HttpServerRequest http) {
        return customers.revealPassword(requests.asker(token, http), RequestParams.uuid("id", id),
                required(reveal, "{reason}")).map(StaffRequests::relayed);
    }
}
