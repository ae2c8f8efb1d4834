package com.telekpr.wallet.api;

import com.telekpr.auth.Callers;
import jakarta.annotation.security.RolesAllowed;
import com.telekpr.rest.InvalidRequestException;
import com.telekpr.rest.RequestParams;
import com.telekpr.wallet.application.BalanceAdjusting;
import com.telekpr.wallet.application.BalanceAdjusting.Adjusted;
import com.telekpr.wallet.application.WalletQueries;
import com.telekpr.wallet.application.WalletQueries.TransactionPage;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A user's tokens, for bot-gateway and admin-api. */
@RolesAllowed({Callers.BOT_GATEWAY, Callers.STAFF_ADMIN})
@Path("/accounts/{userId}")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {
    private final WalletQueries queries;
    private final BalanceAdjusting adjusting;

    AccountResource(WalletQueries queries, BalanceAdjusting adjusting) {
        this.queries = queries;
        this.adjusting = adjusting;
    }

    @GET
    public Uni<AccountView> account(@PathParam("userId") String userId) {
        return queries.account(RequestParams.uuid("userId", userId)).map(AccountView::of);
    }

    /** The ledger of one user, newest first. */
    @GET
    @Path("/transactions")
    public Uni<TransactionPage> transactions(@PathParam("userId") String userId,
                                             @QueryParam("page") @DefaultValue("0") String page,
                                             @QueryParam("size") @DefaultValue("20") String size) {
        return queries.transactions(RequestParams.uuid("userId", userId), RequestParams.page(page),
                RequestParams.intBetween("size", size, 1, RequestParams.MAX_PAGE_SIZE));
    }

    @RolesAllowed(Callers.STAFF_ADMIN)
    @POST
    @Path("/adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Adjusted> adjust(@PathParam("userId") String userId, AdjustmentRequest request) {
        var user = RequestParams.uuid("userId", userId);
        if (request == null) {
            throw new InvalidRequestException(null, "a JSON body {amount, reason} is required");
        }
        request.validate();
        return adjusting.adjust(user, request.amount(), request.reason().strip(), request.adminId());
    }
}
