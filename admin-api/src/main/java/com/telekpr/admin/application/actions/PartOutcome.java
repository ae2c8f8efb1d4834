package com.telekpr.admin.application.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.telekpr.admin.application.port.OwnerAnswer;
import com.telekpr.admin.application.port.OwnerUnreachableException;
import io.smallrye.mutiny.Uni;

/**
 * How one part of a many-part action ended (an order of a bulk action, an entry of a price list edit): done (with
 * the owner's answer), refused (with its status and words) or unknown (the owner gave no answer).
 */
public record PartOutcome(String id, String outcome, int status, String message, JsonNode result) {

    /** The part's outcome, whatever the owner answered or failed to. */
    static Uni<PartOutcome> of(String id, Uni<OwnerAnswer> answer) {
        return answer.map(owner -> owner.succeeded() ? new PartOutcome(id, "done", owner.status(), null, owner.body())
                        : new PartOutcome(id, "refused", owner.status(), owner.message(), null))
                .onFailure(OwnerUnreachableException.class)
                .recoverWithItem(failure -> new PartOutcome(id, "unknown", 503, failure.getMessage(), null));
    }
}
