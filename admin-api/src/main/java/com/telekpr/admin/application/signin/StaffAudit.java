package com.telekpr.admin.application.signin;

import com.telekpr.admin.domain.staff.StaffAccount;
import com.telekpr.admin.store.AuditLog;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/** Puts one sign-in step in the audit log: who it was (or the name they gave), from where, and how it ended. */
@ApplicationScoped
public class StaffAudit {
    private final AuditLog log;

    StaffAudit(AuditLog log) {
        this.log = log;
    }

    public Uni<Void> record(StaffAccount account, String clientAddress, String action, String outcome, String detail) {
        return log.append(new AuditLog.Entry(account.accountId(), account.username(), account.role().claim(), clientAddress,
                action, "staff:" + account.accountId(), Map.of(), outcome, detail, UUID.randomUUID()));
    }

    /** A step by someone not (or no longer) known as an account: the name they gave is all there is. */
    public Uni<Void> recordStranger(String givenName, String clientAddress, String action, String outcome, String detail) {
        return log.append(new AuditLog.Entry(null, givenName, null, clientAddress, action, null,
                Map.of(), outcome, detail, UUID.randomUUID()));
    }
}
