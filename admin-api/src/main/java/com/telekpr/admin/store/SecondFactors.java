package com.telekpr.admin.store;

import com.telekpr.events.PersonalSeal;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Accounts' TOTP secrets, their last used step and recovery codes (schema staff). A secret is kept sealed (AES-256-GCM
 * with the account id bound in, the key of {@code telekpr.admin.sign-in.second-factor-key}): a copy of the database alone makes
 * no codes. A secret from before sealing is read as it is, and sealed at the next enrolment.
 */
@ApplicationScoped
public class SecondFactors {
    private final Pool pool;
    private final PersonalSeal seal;

    SecondFactors(Pool pool, PersonalSeal seal) {
        this.pool = pool;
        this.seal = seal;
    }

    /** A secret and whether it is confirmed (in force), with the last step a code of it was taken for; as stored, sealed. */
    public record Secret(String base32, boolean confirmed, Long lastStep, String stored) {
    }

    public Uni<Optional<Secret>> of(UUID accountId) {
        return Sql.rows(pool, "select totp_secret, totp_confirmed_at is not null as confirmed, totp_last_step"
                + " from staff.staff_accounts where account_id = $1 and totp_secret is not null", accountId)
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next()).map(row -> new Secret(
                        seal.open(accountId, row.getString("totp_secret")), row.getBoolean("confirmed"),
                        row.getLong("totp_last_step"), row.getString("totp_secret"))));
    }

    /** A new, unconfirmed secret and recovery codes, replacing an unconfirmed one; false when one is in force. */
    public Uni<Boolean> begin(UUID accountId, String base32, List<String> recoveryCodeHashes) {
        return pool.withTransaction(connection -> Sql.count(connection, "update staff.staff_accounts set totp_secret = $2,"
                + " totp_last_step = null where account_id = $1 and totp_confirmed_at is null", accountId,
                seal.seal(accountId, base32))
                .chain(begun -> begun == 0 ? Uni.createFrom().item(false) : Sql.run(connection,
                        "delete from staff.staff_recovery_codes where account_id = $1", accountId)
                        .chain(() -> Sql.run(connection, "insert into staff.staff_recovery_codes (account_id, code_hash)"
                                + " select $1, unnest($2::text[])", accountId, recoveryCodeHashes.toArray(String[]::new)))
                        .replaceWith(true)));
    }

    /**
     * Puts the unconfirmed secret {@code secret} in force, the confirming code's step used; false when that is no longer
     * the secret waiting (a second enrolment came in between) or there is none.
     */
    public Uni<Boolean> confirm(UUID accountId, Secret secret, long step) {
        return Sql.count(pool, "update staff.staff_accounts set totp_confirmed_at = now(), totp_last_step = $2 where"
                + " account_id = $1 and totp_secret = $3 and totp_confirmed_at is null", accountId, step, secret.stored())
                .map(changed -> changed == 1);
    }

    /** Takes a code of {@code step}; false when that step or a later one was already used (a replay, or a race). */
    public Uni<Boolean> useStep(UUID accountId, long step) {
        return Sql.count(pool, "update staff.staff_accounts set totp_last_step = $2 where account_id = $1 and"
                + " totp_confirmed_at is not null and (totp_last_step is null or totp_last_step < $2)", accountId, step)
                .map(changed -> changed == 1);
    }

    public Uni<Boolean> useRecoveryCode(UUID accountId, String codeHash) {
        return Sql.count(pool, "update staff.staff_recovery_codes set used_at = now() where account_id = $1 and"
                + " code_hash = $2 and used_at is null", accountId, codeHash).map(changed -> changed == 1);
    }

    /** Removes the second factor (an admin's reset, for a lost phone); false when there is no such account. */
    public Uni<Boolean> reset(UUID accountId) {
        return pool.withTransaction(connection -> Sql.run(connection,
                "delete from staff.staff_recovery_codes where account_id = $1", accountId)
                .chain(() -> Sql.count(connection, "update staff.staff_accounts set totp_secret = null, totp_confirmed_at"
                        + " = null, totp_last_step = null where account_id = $1", accountId)).map(changed -> changed == 1));
    }
}
