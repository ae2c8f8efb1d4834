package com.telekpr.payment.api;

import com.telekpr.auth.Callers;
import com.telekpr.auth.StaffCaller;
import com.telekpr.outbox.IdempotentRequests;
import com.telekpr.payment.application.ManualAcceptance;
import com.telekpr.payment.application.PaymentView;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import com.telekpr.payment.application.PaymentLookup;
import com.telekpr.payment.application.PurchaseRequests;
import com.telekpr.payment.application.Reconciliation;
import com.telekpr.rest.ApiErrors;
import com.telekpr.rest.InvalidRequestException;
import com.telekpr.rest.RequestParams;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

@RolesAllowed({Callers.BOT_GATEWAY, Callers.STAFF_ADMIN})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {
    private final PaymentLookup lookup;
    private final PurchaseRequests purchases;
    private final Reconciliation reconciliation;
    private final ManualAcceptance acceptance;
    private final IdempotentRequests requests;
    private final SecurityIdentity identity;

    PaymentResource(PaymentLookup lookup, PurchaseRequests purchases, Reconciliation reconciliation,
                    ManualAcceptance acceptance, IdempotentRequests requests, SecurityIdentity identity) {
        this.lookup = lookup;
        this.purchases = purchases;
        this.reconciliation = reconciliation;
        this.acceptance = acceptance;
        this.requests = requests;
        this.identity = identity;
    }

    /** {reason}: why an admin credits the payment by hand. */
    public record Acceptance(String reason) {
    }

    public record PurchaseOptions(BigDecimal usdPerToken, List<Integer> bundles, int minTokens, int maxTokens) {
    }

    /** What the bot offers: bundles, the custom range and the price per token. */
    @GET
    @Path("/purchase-options")
    public PurchaseOptions options() {
        var pricing = purchases.pricing();
        return new PurchaseOptions(pricing.usdPerToken(), pricing.bundles(), pricing.minTokens(), pricing.maxTokens());
    }

    /** One payment; with ?userId= it must be that user's, else it is unknown to them. */
    @GET
    @Path("/payments/{paymentId}")
    public Uni<Response> one(@PathParam("paymentId") String paymentId, @QueryParam("userId") String userId) {
        UUID id = RequestParams.uuid("paymentId", paymentId);
        UUID asUser = userId == null || userId.isBlank() ? null : RequestParams.uuid("userId", userId);
        return lookup.one(id, asUser).map(payment -> payment == null
                ? ApiErrors.answer(404, "not_found", "no payment " + id, null)
                : Response.ok(payment).build());
    }

    /** Credits an underpaid or expired (late-paid) payment by hand (OxaPay's manual_accept), once; 409 otherwise. */
    @RolesAllowed(Callers.STAFF_ADMIN)
    @POST
    @Path("/payments/{paymentId}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> accept(@PathParam("paymentId") String paymentId, Acceptance acceptance,
                                @HeaderParam(IdempotentRequests.HEADER) String key) {
        UUID id = RequestParams.uuid("paymentId", paymentId);
        String reason = acceptance == null || acceptance.reason() == null ? "" : acceptance.reason().strip();
        if (reason.isEmpty() || reason.length() > 500) {
            throw new InvalidRequestException("reason", "reason is required (at most 500 characters)");
        }
        return requests.once(key, "POST /payments/" + id + "/accept", reason, PaymentView.class,
                        () -> acceptance(id, reason))
                .map(payment -> payment == null ? ApiErrors.answer(404, "not_found", "no payment " + id, null)
                        : Response.ok(payment).build());
    }

    private Uni<PaymentView> acceptance(UUID id, String reason) {
        return this.acceptance.accept(id, StaffCaller.actor(identity, null), reason);
    }

    @RolesAllowed({Callers.STAFF_ADMIN, Callers.ADMIN_API})
    @GET
    @Path("/reconciliation")
    public Uni<Reconciliation.Report> reconcile(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant end = to == null ? Instant.now() : instant("to", to);
        Instant start = from == null ? end.minusSeconds(30L * 24 * 3600) : instant("from", from);
        if (!start.isBefore(end)) {
            throw new InvalidRequestException("from", "from must be before to");
        }
        return reconciliation.between(start, end);
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name, name + " must be an ISO-8601 instant like 2026-11-24T00:00:00Z");
        }
    }
}
