package com.telekpr.admin.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Failed logins, the brute-force throttle's memory (schema staff); kept in the database so every replica counts them. */
@ApplicationScoped
public class LoginFailures {
    private final Pool pool;

    LoginFailures(Pool pool) {
        this.pool = pool;
    }

    /**
     * Records a login attempt as a failure before its password is checked (so parallel guesses count each other), and
     * returns its id: {@link #withdraw} takes it back when the attempt succeeds or was never checked.
     */
    public Uni<Long> attempt(String username, String clientAddress) {
        return Sql.rows(pool, "insert into staff.login_failures (username, client_address) values ($1, $2) returning failure_id",
                username, clientAddress).map(rows -> rows.iterator().next().getLong("failure_id"));
    }

    public Uni<Void> withdraw(long attempt) {
        return Sql.run(pool, "delete from staff.login_failures where failure_id = $1", attempt);
    }

    /** Forgets failures from before {@code before}: the throttle no longer counts them. Answers how many. */
    public Uni<Integer> forgetBefore(Instant before) {
        return Sql.count(pool, "delete from staff.login_failures where at < $1", before);
    }

    /** When the failures (and attempts in flight) since {@code since} for this username happened, but {@code own}. */
    public Uni<List<Instant>> forUsername(String username, Instant since, long own) {
        return times("lower(username) = lower($1)", username, since, own);
    }

    /** When the failures (and attempts in flight) since {@code since} from this client address happened, but {@code own}. */
    public Uni<List<Instant>> fromAddress(String clientAddress, Instant since, long own) {
        return times("client_address = $1", clientAddress, since, own);
    }

    private Uni<List<Instant>> times(String where, String value, Instant since, long own) {
        return Sql.rows(pool, "select at from staff.login_failures where " + where + " and at > $2 and failure_id <> $3"
                + " order by at", value, since, own)
                .map(rows -> Sql.list(rows, row -> Sql.instant(row, "at")));
    }
}
