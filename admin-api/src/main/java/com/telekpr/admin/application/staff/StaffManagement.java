package com.telekpr.admin.application.staff;

import com.telekpr.admin.application.lists.NotFoundException;
import com.telekpr.admin.application.signin.Actor;
import com.telekpr.admin.application.signin.Passwords;
import com.telekpr.admin.application.signin.StaffAudit;
import com.telekpr.admin.domain.staff.StaffAccountRules;
import com.telekpr.admin.domain.staff.StaffMember;
import com.telekpr.admin.domain.staff.StaffRole;
import com.telekpr.admin.store.SignInSessions;
import com.telekpr.admin.store.StaffAccounts;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Admins make, disable, enable and reset the panel's web accounts. Disabling or a new password ends the account's
 * sessions at once (its staff tokens die within their 15 minutes). Every change, done or refused, is audited.
 */
@ApplicationScoped
public class StaffManagement {
    private final StaffAccounts accounts;
    private final SignInSessions sessions;
    private final StaffAudit audit;

    StaffManagement(StaffAccounts accounts, SignInSessions sessions, StaffAudit audit) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
    }

    public Uni<List<StaffMember>> all() {
        return accounts.all();
    }

    public Uni<StaffMember> create(Actor actor, String username, String password, String role, Optional<UUID> telegramUser) {
        String name = StaffAccountRules.username(username);
        String clear = StaffAccountRules.password(password);
        Optional<StaffRole> ownRole = StaffAccountRules.role(role, telegramUser);
        Map<String, Object> parameters = new HashMap<>(Map.of("username", name));
        ownRole.ifPresent(given -> parameters.put("role", given.claim()));
        telegramUser.ifPresent(user -> parameters.put("telegramUserId", user.toString()));
        return Passwords.hashed(clear).chain(hash -> accounts.create(name, hash, ownRole, telegramUser)).chain(made -> {
            if (made.isEmpty()) {
                return audit.record(actor, "staff create", null, parameters, "refused", "username taken")
                        .chain(() -> Uni.createFrom().failure(new StaffConflict("the username " + name + " is taken")));
            }
            return audit.record(actor, "staff create", "staff:" + made.get(), parameters, "success", null)
                    .chain(() -> listed(made.get()));
        });
    }

    public Uni<StaffMember> disable(Actor actor, UUID accountId) {
        if (accountId.equals(actor.accountId())) {
            return audit.record(actor, "staff disable", "staff:" + accountId, Map.of(), "refused", "own account")
                    .chain(() -> Uni.createFrom().failure(new StaffConflict("you cannot disable your own account")));
        }
        return existing(accountId, accounts.setDisabled(accountId, true)).chain(() -> sessions.revokeAll(accountId))
                .chain(ended -> audit.record(actor, "staff disable", "staff:" + accountId, Map.of(), "success",
                        ended + " sessions ended"))
                .chain(() -> listed(accountId));
    }

    public Uni<StaffMember> enable(Actor actor, UUID accountId) {
        return existing(accountId, accounts.setDisabled(accountId, false))
                .chain(() -> audit.record(actor, "staff enable", "staff:" + accountId, Map.of(), "success", null))
                .chain(() -> listed(accountId));
    }

    public Uni<StaffMember> resetPassword(Actor actor, UUID accountId, String password) {
        String clear = StaffAccountRules.password(password);
        return Passwords.hashed(clear).chain(hash -> existing(accountId, accounts.setPasswordHash(accountId, hash)))
                .chain(() -> sessions.revokeAll(accountId))
                .chain(ended -> audit.record(actor, "staff password reset", "staff:" + accountId, Map.of(), "success",
                        ended + " sessions ended"))
                .chain(() -> listed(accountId));
    }

    private static Uni<Void> existing(UUID accountId, Uni<Boolean> change) {
        return change.invoke(changed -> {
            if (!changed) {
                throw new NotFoundException("staff account", accountId);
            }
        }).replaceWithVoid();
    }

    private Uni<StaffMember> listed(UUID accountId) {
        return accounts.member(accountId).map(found -> found.orElseThrow(() -> new NotFoundException("staff account", accountId)));
    }
}
