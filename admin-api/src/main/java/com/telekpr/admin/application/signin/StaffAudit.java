package com.telekpr.admin.application.signin;

import com.telekpr.admin.domain.staff.StaffAccount;
import com.telekpr.admin.store.AuditLog;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/** Puts one staff action or sign-in step in the audit log: who (or the name they gave), from where, how it ended. */
@ApplicationScoped
public class StaffAudit {
    private final AuditLog log;

    StaffAudit(AuditLog log) {
        this.log = log;
    }

    public Uni<Void> record(StaffAccount account, String clientAddress, String action, String outcome, String detail) {
        return log.append(new AuditLog.Entry(account.accountId(), account.username(), account.roleClaim(), clientAddress,
                action, "staff:" + account.accountId(), Map.of(), outcome, detail, UUID.randomUUID()));
    }

    /** A staff action on {@code target}, with its parameters (never a password) and how it ended. */
    public Uni<Void> record(Actor actor, String action, String target, Map<String, Object> parameters, String outcome,
                            String detail) {
        return log.append(new AuditLog.Entry(actor.accountId(), actor.username(), actor.role(), actor.clientAddress(), action,
                target, parameters, outcome, detail, UUID.randomUUID()));
    }

    /** A step by someone not (or no longer) known as an account: the name they gave is all there is. */
    public Uni<Void> recordStranger(String givenName, String clientAddress, String action, String outcome, String detail) {
        return log.append(new AuditLog.Entry(null, givenName, null, clientAddress, action, null,
                Map.of(), outcome, detail, UUID.randomUUID()));
    }
}
