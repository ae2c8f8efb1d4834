package com.telekpr.admin.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Refresh cookies' sessions (schema staff), by their secret's hash. */
@ApplicationScoped
public class SignInSessions {
    private final Pool pool;

    SignInSessions(Pool pool) {
        this.pool = pool;
    }

    /**
     * What a presented secret's hash is: a live session, or an ended one; {@code replaced} when it ended by a refresh,
     * so it coming back means someone else holds a copy (revoked or expired ones are merely old).
     */
    public record Found(UUID sessionId, UUID accountId, boolean live, boolean replaced) {
    }

    public Uni<Void> open(UUID accountId, String secretHash, Instant expiresAt) {
        return Sql.run(pool, "insert into staff.staff_sessions (session_id, account_id, secret_hash, expires_at) values"
                + " ($1, $2, $3, $4)", UUID.randomUUID(), accountId, secretHash, expiresAt);
    }

    public Uni<Optional<Found>> find(String secretHash) {
        return Sql.rows(pool, "select session_id, account_id, revoked_at is null and replaced_by is null and expires_at > now()"
                + " as live, replaced_by is not null as replaced from staff.staff_sessions where secret_hash = $1", secretHash)
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next())
                        .map(row -> new Found(row.getUUID("session_id"), row.getUUID("account_id"), row.getBoolean("live"),
                                row.getBoolean("replaced"))));
    }

    /**
     * Replaces a live session with a new one, in one statement so two refreshes racing with one cookie cannot both
     * win; false when it was no longer live.
     */
    public Uni<Boolean> replace(UUID sessionId, UUID accountId, String newSecretHash, Instant expiresAt) {
        UUID next = UUID.randomUUID();
        return Sql.count(pool, "with replaced as (update staff.staff_sessions set replaced_by = $2 where session_id = $1"
                + " and revoked_at is null and replaced_by is null and expires_at > now() returning account_id)"
                + " insert into staff.staff_sessions (session_id, account_id, secret_hash, expires_at) select $2, $3, $4, $5"
                + " from replaced", sessionId, next, accountId, newSecretHash, expiresAt).map(inserted -> inserted == 1);
    }

    public Uni<Void> revoke(UUID sessionId) {
        return Sql.run(pool, "update staff.staff_sessions set revoked_at = now() where session_id = $1 and revoked_at is null",
                sessionId);
    }

    /** Ends every session of the account at once (a stolen cookie replayed, an account disabled). */
    public Uni<Integer> revokeAll(UUID accountId) {
        return Sql.count(pool, "update staff.staff_sessions set revoked_at = now() where account_id = $1 and revoked_at is null",
                accountId);
    }

    /** Forgets sessions that ended (expired) before {@code before}: no cookie of theirs opens anything. */
    public Uni<Integer> forgetExpiredBefore(Instant before) {
        return Sql.count(pool, "delete from staff.staff_sessions where expires_at < $1", before);
    }
}
