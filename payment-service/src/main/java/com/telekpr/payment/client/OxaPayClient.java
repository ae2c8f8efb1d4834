package com.telekpr.payment.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** OxaPay's merchant API v1 (base URL: telekpr.oxapay.base-url via quarkus.rest-client.oxapay.url). */
@RegisterRestClient(configKey = "oxapay")
@Path("/v1/payment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface OxaPayClient {

    @POST
    @Path("/invoice")
    Uni<JsonNode> createInvoice(@HeaderParam("merchant_api_key") String key, InvoiceRequest request);

    @GET
    @Path("/{trackId}")
    Uni<JsonNode> paymentInformation(@HeaderParam("merchant_api_key") String key, @PathParam("trackId") String trackId);
}
