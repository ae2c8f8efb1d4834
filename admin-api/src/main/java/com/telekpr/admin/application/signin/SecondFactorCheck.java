package com.telekpr.admin.application.signin;

import com.telekpr.admin.domain.staff.Base32;
import com.telekpr.admin.domain.staff.SessionSecret;
import com.telekpr.admin.domain.staff.Totp;
import com.telekpr.admin.store.SecondFactors;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Whether a login's second factor holds: a TOTP code of a step not used before, or an unused recovery code. */
@ApplicationScoped
public class SecondFactorCheck {
    private final SecondFactors factors;

    SecondFactorCheck(SecondFactors factors) {
        this.factors = factors;
    }

    public Uni<Boolean> passes(UUID accountId, String totp, String recoveryCode) {
        if (recoveryCode != null) {
            return factors.useRecoveryCode(accountId, SessionSecret.hash(RecoveryCodes.normalized(recoveryCode)));
        }
        return factors.of(accountId).chain(secret -> {
            if (secret.isEmpty() || !secret.get().confirmed()) {
                return Uni.createFrom().item(false);
            }
            long lastUsed = secret.get().lastStep() == null ? Long.MIN_VALUE : secret.get().lastStep();
            var step = Totp.matchingStep(Base32.decode(secret.get().base32()), totp, Instant.now(), lastUsed);
            // the update only wins for a step later than the last one used: two logins racing with one code cannot both pass
            return step.isEmpty() ? Uni.createFrom().item(false) : factors.useStep(accountId, step.getAsLong());
        });
    }
}
