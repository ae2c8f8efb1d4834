package com.telekpr.wallet.api;

import com.telekpr.auth.Callers;
import jakarta.annotation.security.RolesAllowed;
import com.telekpr.wallet.application.SubscriptionConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The premium plan on sale, for the bot's /subscribe screen and the admin dashboard. */
@RolesAllowed({Callers.BOT_GATEWAY, Callers.STAFF_ADMIN})
@Path("/subscription-plan")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {
    private final SubscriptionConfig config;

    PlanResource(SubscriptionConfig config) {
        this.config = config;
    }

    public record PlanView(String type, int priceTokens, int periodDays) {
    }

    @GET
    public PlanView plan() {
        var plan = config.plan();
        return new PlanView(plan.type(), plan.priceTokens(), (int) config.period().toDays());
    }
}
