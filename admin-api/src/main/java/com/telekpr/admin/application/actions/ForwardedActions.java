package com.telekpr.admin.application.actions;

import com.telekpr.admin.application.AdminConfig;
import com.telekpr.admin.application.port.OwnerAnswer;
import com.telekpr.admin.application.port.OwnerRequest;
import com.telekpr.admin.application.port.OwnerServices;
import com.telekpr.admin.application.port.OwnerUnreachableException;
import com.telekpr.admin.application.signin.Actor;
import com.telekpr.admin.store.AuditLog;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * A staff action, told as a story: write it in the audit log as unknown, ask its owner (with the person's token and
 * the action's Idempotency-Key), settle the entry with the answer. A crash between the two writes leaves the entry
 * unknown, which is the truth: the owner may or may not have acted, and the same key tells it safely.
 */
@ApplicationScoped
public class ForwardedActions {
    private final AuditLog audit;
    private final OwnerServices owners;
    private final AdminConfig config;

    ForwardedActions(AuditLog audit, OwnerServices owners, AdminConfig config) {
        this.audit = audit;
        this.owners = owners;
        this.config = config;
    }

    /** Who asks, with which token, and the key the request came with (a new one when it came with none). */
    public record Asker(Actor actor, String staffToken, String idempotencyKey) {
        public static Asker of(Actor actor, String staffToken, String idempotencyKey) {
            return new Asker(actor, staffToken, idempotencyKey == null ? UUID.randomUUID().toString() : idempotencyKey);
        }

        /** The same person for one part of a bulk action: its key is the bulk key and the part's own name. */
        public Asker part(String name) {
            return new Asker(actor, staffToken, idempotencyKey + ":" + name);
        }
    }

    /** A read from an owner, with the person's token: no key, no audit entry (it changes nothing). */
    public Uni<OwnerAnswer> read(Asker asker, String owner, String method, String path, Object body) {
        return owners.send(new OwnerRequest(owner, baseUrl(owner), method, path, body, null, asker.staffToken(),
                UUID.randomUUID()));
    }

    private String baseUrl(String owner) {
        String baseUrl = config.services().get(owner);
        if (baseUrl == null) {
            throw new IllegalStateException("no address for " + owner + ": set telekpr.admin.services." + owner);
        }
        return baseUrl;
    }

    public Uni<OwnerAnswer> perform(Asker asker, StaffAction action, String owner, String method, String path, Object body) {
        String baseUrl = baseUrl(owner);
        UUID correlation = UUID.randomUUID();
        Actor actor = asker.actor();
        var entry = new AuditLog.Entry(actor.accountId(), actor.username(), actor.role(), actor.clientAddress(),
                action.name(), action.target(), action.parameters(), "unknown", null, correlation);
        return audit.begin(entry, action.before(), asker.idempotencyKey()).chain(entryId -> owners
                .send(new OwnerRequest(owner, baseUrl, method, path, body, asker.idempotencyKey(), asker.staffToken(), correlation))
                .call(answer -> audit.settle(entryId, answer.succeeded() ? "success" : "refused",
                        answer.succeeded() ? null : answer.status() + ": " + answer.message(),
                        action.secretAnswer() ? null : answer.body()))
                .onFailure(OwnerUnreachableException.class).call(failure ->
                        audit.settle(entryId, "unknown", failure.getMessage(), null)));
    }
}
