package com.telekpr.gateway.client;

import com.telekpr.auth.ServiceTokenFilter;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import com.telekpr.gateway.domain.facts.AccountCard;
import com.telekpr.gateway.domain.facts.Page;
import com.telekpr.gateway.domain.facts.SubscriptionPlan;
import com.telekpr.gateway.domain.facts.Transaction;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** What the bot reads from wallet-service (quarkus.rest-client.wallet-service.url). */
@RegisterProvider(ServiceTokenFilter.class)
@RegisterRestClient(configKey = "wallet-service")
public interface WalletServiceApi {

    @GET
    @Path("/accounts/{userId}")
    Uni<AccountCard> account(@PathParam("userId") UUID userId);

    @GET
    @Path("/accounts/{userId}/transactions")
    Uni<Page<Transaction>> transactions(@PathParam("userId") UUID userId, @QueryParam("size") int size);

    @GET
    @Path("/subscription-plan")
    Uni<SubscriptionPlan> plan();
}
