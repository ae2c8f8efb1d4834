package com.telekpr.admin.application.actions;

import static com.telekpr.admin.application.actions.OrderActions.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.telekpr.admin.application.actions.ForwardedActions.Asker;
import com.telekpr.admin.application.port.OwnerAnswer;
import com.telekpr.rest.InvalidRequestException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/**
 * Customer profiles (PRD §3.4.3), owned by order-service: an edit (checked by the customer rules there, every problem
 * named by field), a delete (refused while an order of the profile is open), and the one read that is not from the
 * projection, the password, revealed with a reason that the audit keeps (the password itself it does not).
 */
@ApplicationScoped
public class CustomerActions {
    private static final int MIN_REASON = 3;
    private static final int MAX_REASON = 500;

    private final ForwardedActions forwarded;

    CustomerActions(ForwardedActions forwarded) {
        this.forwarded = forwarded;
    }

    /** {reason}: why the password is needed, e.g. the order it is for. */
    public record Reveal(String reason) {
    }

    public Uni<OwnerAnswer> edit(Asker asker, UUID profile, JsonNode details) {
        return forwarded.perform(asker, new StaffAction("customer.edit", "customer:" + profile,
                Map.of("fields", fieldNames(details)), null), OrderActions.OWNER, "PUT", "/profiles/" + profile, details);
    }

    public Uni<OwnerAnswer> delete(Asker asker, UUID profile) {
        return forwarded.perform(asker, new StaffAction("customer.delete", "customer:" + profile, Map.of(), null),
                OrderActions.OWNER, "DELETE", "/profiles/" + profile, null);
    }

    public Uni<OwnerAnswer> revealPassword(Asker asker, UUID profile, Reveal reveal) {
        String reason = reveal.reason() == null ? "" : reveal.reason().strip();
        if (reason.length() < MIN_REASON || reason.length() > MAX_REASON) {
            throw new InvalidRequestException("reason", "reason is required (" + MIN_REASON + "–" + MAX_REASON
                    + " characters): say why the password is needed");
        }
        return forwarded.perform(asker, new StaffAction("customer.password_revealed", "customer:" + profile,
                params("reason", reason), null, true), OrderActions.OWNER, "GET", "/profiles/" + profile + "/password", null);
    }

    /** Which fields an edit sent: the audit names them, and keeps the values (personal data) out. */
    private static String fieldNames(JsonNode details) {
        var names = new StringBuilder();
        details.fieldNames().forEachRemaining(name -> names.append(names.isEmpty() ? "" : ",").append(name));
        return names.toString();
    }
}
