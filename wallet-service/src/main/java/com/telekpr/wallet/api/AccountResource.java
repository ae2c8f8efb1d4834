package com.telekpr.wallet.api;

import com.telekpr.auth.Callers;
import com.telekpr.auth.StaffCaller;
import com.telekpr.outbox.IdempotentRequests;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import com.telekpr.rest.InvalidRequestException;
import com.telekpr.rest.RequestParams;
import com.telekpr.wallet.application.BalanceAdjusting;
import com.telekpr.wallet.application.SubscriptionGrants;
import com.telekpr.wallet.application.BalanceAdjusting.Adjusted;
import com.telekpr.wallet.application.WalletQueries;
import com.telekpr.wallet.application.WalletQueries.TransactionPage;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
    private static final int MAX_DAYS = 3650;

    private final WalletQueries queries;
    private final BalanceAdjusting adjusting;
    private final SubscriptionGrants grants;
    private final IdempotentRequests requests;
    private final SecurityIdentity identity;

    AccountResource(WalletQueries queries, BalanceAdjusting adjusting, SubscriptionGrants grants,
                    IdempotentRequests requests, SecurityIdentity identity) {
        this.queries = queries;
        this.adjusting = adjusting;
        this.grants = grants;
        this.requests = requests;
        this.identity = identity;
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

    /** {action: grant|extend|cancel, days (grant, extend: 1–3650), reason}. */
    public record SubscriptionChange(String action, Integer days, String reason) {
    }

    /** An admin's subscription change without a charge; 409 when its state refuses it (extend one not active). */
    @RolesAllowed(Callers.STAFF_ADMIN)
    @POST
    @Path("/subscription")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<SubscriptionGrants.SubscriptionView> changeSubscription(@PathParam("userId") String userId,
                                                                      SubscriptionChange request,
                                                                      @HeaderParam(IdempotentRequests.HEADER) String key) {
        var user = RequestParams.uuid("userId", userId);
        if (request == null) {
            throw new InvalidRequestException(null, "a JSON body {action, days, reason} is required");
        }
        SubscriptionGrants.Change change = switch (request.action() == null ? "" : request.action()) {
            case "grant" -> SubscriptionGrants.Change.GRANT;
            case "extend" -> SubscriptionGrants.Change.EXTEND;
            case "cancel" -> SubscriptionGrants.Change.CANCEL;
            default -> throw new InvalidRequestException("action", "action must be grant, extend or cancel");
        };
        int days = request.days() == null ? 0 : request.days();
        if (change != SubscriptionGrants.Change.CANCEL && (days < 1 || days > MAX_DAYS)) {
            throw new InvalidRequestException("days", "days must be 1 to " + MAX_DAYS + " with " + request.action());
        }
        if (request.reason() == null || request.reason().isBlank() || request.reason().length() > AdjustmentRequest.MAX_REASON_LENGTH) {
            throw new InvalidRequestException("reason", "reason is required (at most "
                    + AdjustmentRequest.MAX_REASON_LENGTH + " characters)");
        }
        return requests.once(key, "POST /accounts/" + user + "/subscription", request, SubscriptionGrants.SubscriptionView.class,
                () -> grants.change(user, change, days, StaffCaller.actor(identity, null), request.reason().strip()));
    }

    @RolesAllowed(Callers.STAFF_ADMIN)
    @POST
    @Path("/adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Adjusted> adjust(@PathParam("userId") String userId, AdjustmentRequest request,
                                @HeaderParam(IdempotentRequests.HEADER) String key) {
        var user = RequestParams.uuid("userId", userId);
        if (request == null) {
            throw new InvalidRequestException(null, "a JSON body {amount, reason} is required");
        }
        request.validate();
        // sent again with its key (a retry after a lost answer), an adjustment answers as before and mints nothing
        return requests.once(key, "POST /accounts/" + user + "/adjustments", request, Adjusted.class, () -> adjusting
                .adjust(user, request.amount(), request.reason().strip(), StaffCaller.actor(identity, request.adminId())));
    }
}
