package com.telekpr.gateway.client;

import com.telekpr.auth.ServiceTokenFilter;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import com.telekpr.gateway.domain.facts.PurchaseOptions;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** What the bot reads from payment-service (quarkus.rest-client.payment-service.url). */
@RegisterProvider(ServiceTokenFilter.class)
@RegisterRestClient(configKey = "payment-service")
public interface PaymentServiceApi {

    @GET
    @Path("/purchase-options")
    Uni<PurchaseOptions> purchaseOptions();
}
