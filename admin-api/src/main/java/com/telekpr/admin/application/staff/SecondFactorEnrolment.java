package com.telekpr.admin.application.staff;

import com.telekpr.admin.application.lists.NotFoundException;
import com.telekpr.admin.application.signin.Actor;
import com.telekpr.admin.application.signin.RecoveryCodes;
import com.telekpr.admin.application.signin.StaffAudit;
import com.telekpr.admin.domain.staff.Base32;
import com.telekpr.admin.domain.staff.SessionSecret;
import com.telekpr.admin.domain.staff.StaffAccount;
import com.telekpr.admin.domain.staff.StaffAccountRules;
import com.telekpr.admin.domain.staff.Totp;
import com.telekpr.admin.store.SecondFactors;
import com.telekpr.admin.store.SignInSessions;
import com.telekpr.admin.store.StaffAccounts;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A staff member's own second factor: enrol (a new TOTP secret and recovery codes, shown once), confirm with a first
 * code (then every login needs one); and an admin's reset of someone's, for a lost phone.
 */
@ApplicationScoped
public class SecondFactorEnrolment {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecondFactors factors;
    private final StaffAccounts accounts;
    private final SignInSessions sessions;
    private final StaffAudit audit;

    SecondFactorEnrolment(SecondFactors factors, StaffAccounts accounts, SignInSessions sessions, StaffAudit audit) {
        this.factors = factors;
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** The secret as an app takes it (typed, or as the otpauth:// link of a QR code), and the recovery codes. */
    public record Enrolment(String secret, String otpauthUri, List<String> recoveryCodes) {
    }

    /** Whether the account's second factor is in force; an account admin-api does not keep (another issuer's) has none. */
    public Uni<Boolean> inForce(UUID accountId) {
        return accounts.byId(accountId).map(account -> account.map(StaffAccount::secondFactor).orElse(false));
    }

    public Uni<Enrolment> enrol(Actor actor) {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        String base32 = Base32.encode(secret);
        List<String> codes = RecoveryCodes.fresh();
        return accounts.byId(actor.accountId()).chain(account -> {
            if (account.isEmpty()) {
                return Uni.createFrom().failure(new NotFoundException("staff account", actor.accountId()));
            }
            return factors.begin(actor.accountId(), base32, codes.stream().map(SessionSecret::hash).toList());
        }).chain(begun -> begun
                ? audit.record(actor, "second factor enrol", "staff:" + actor.accountId(), Map.of(), "success", null)
                        .map(done -> new Enrolment(base32, uri(actor.username(), base32), codes))
                : Uni.createFrom().failure(new StaffConflict("a second factor is already in force; an admin can reset it")));
    }

    public Uni<Void> confirm(Actor actor, String code) {
        return factors.of(actor.accountId()).chain(secret -> {
            if (secret.isEmpty() || secret.get().confirmed()) {
                return Uni.createFrom().failure(new StaffConflict("nothing to confirm: enrol first (POST /api/admin/session/totp)"));
            }
            var step = Totp.matchingStep(Base32.decode(secret.get().base32()), code, Instant.now(), Long.MIN_VALUE);
            if (step.isEmpty()) {
                return audit.record(actor, "second factor confirm", "staff:" + actor.accountId(), Map.of(), "refused", "wrong code")
                        .chain(() -> Uni.createFrom().failure(new StaffAccountRules.Invalid("code", "wrong code; give the"
                                + " 6 digits your authenticator app shows now")));
            }
            return factors.confirm(actor.accountId(), secret.get(), step.getAsLong()).chain(confirmed -> confirmed
                    ? audit.record(actor, "second factor confirm", "staff:" + actor.accountId(), Map.of(), "success", null)
                    : Uni.createFrom().failure(new StaffConflict("a newer enrolment replaced this secret; confirm that one")));
        });
    }

    public Uni<Void> reset(Actor actor, UUID accountId) {
        return factors.reset(accountId).chain(existed -> {
            if (!existed) {
                return Uni.createFrom().failure(new NotFoundException("staff account", accountId));
            }
            return sessions.revokeAll(accountId).chain(ended -> audit.record(actor, "second factor reset",
                    "staff:" + accountId, Map.of(), "success", ended + " sessions ended"));
        });
    }

    private static String uri(String username, String base32) {
        String label = URLEncoder.encode("TeleKpr:" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=TeleKpr&algorithm=SHA1&digits=6&period=30";
    }
}
