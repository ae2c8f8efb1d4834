package com.telekpr.admin.application.actions;

import static com.telekpr.admin.application.actions.OrderActions.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.telekpr.admin.application.actions.ForwardedActions.Asker;
import com.telekpr.admin.application.port.OwnerAnswer;
import com.telekpr.rest.InvalidRequestException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Money checks and the one money action (PRD §3.4.4): the reconciliation, payment-service's report beside the
 * wallet's ledger verification, read from their owners; and an admin's manual accept of an underpaid or late-paid
 * invoice, forwarded to payment-service (credited once) and audited with its reason.
 */
@ApplicationScoped
public class PaymentActions {
    private static final int MAX_REASON = 500;

    private final ForwardedActions forwarded;

    PaymentActions(ForwardedActions forwarded) {
        this.forwarded = forwarded;
    }

    /** {reason}: why the invoice is credited by hand. */
    public record Acceptance(String reason) {
    }

    public Uni<OwnerAnswer> accept(Asker asker, UUID payment, Acceptance acceptance) {
        String reason = acceptance.reason() == null ? "" : acceptance.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw new InvalidRequestException("reason", "reason is required (at most " + MAX_REASON + " characters)");
        }
        return forwarded.perform(asker, new StaffAction("payment.accept", "payment:" + payment, params("reason", reason),
                null), "payment-service", "POST", "/payments/" + payment + "/accept", new Acceptance(reason));
    }

    /**
     * {payments, ledger}: the owners' own reports for the window (payment-service's default, the last 30 days, when
     * from and to are not given); the answer fails over to the first owner's refusal, e.g. a bad window.
     */
    public Uni<OwnerAnswer> reconciliation(Asker asker, String from, String to) {
        String query = (from == null ? "" : "from=" + URLEncoder.encode(from, StandardCharsets.UTF_8))
                + (from != null && to != null ? "&" : "") + (to == null ? "" : "to=" + URLEncoder.encode(to, StandardCharsets.UTF_8));
        Uni<OwnerAnswer> payments = forwarded.read(asker, "payment-service",
                "GET", "/reconciliation" + (query.isEmpty() ? "" : "?" + query), null);
        Uni<OwnerAnswer> ledger = forwarded.read(asker, "wallet-service", "GET", "/ledger/verification", null);
        return Uni.combine().all().unis(payments, ledger).asTuple().map(both -> {
            if (!both.getItem1().succeeded()) {
                return both.getItem1();
            }
            if (!both.getItem2().succeeded()) {
                return both.getItem2();
            }
            JsonNode report = JsonNodeFactory.instance.objectNode().<com.fasterxml.jackson.databind.node.ObjectNode>set(
                    "payments", both.getItem1().body()).set("ledger", both.getItem2().body());
            return new OwnerAnswer(200, report);
        });
    }
}
