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

    public Uni<Void> record(String username, String clientAddress) {
        return Sql.run(pool, "insert into staff.login_failures (username, client_address) values ($1, $2)", username, clientAddress);
    }

    /** When the failures since {@code since} for this username happened. */
    public Uni<List<Instant>> forUsername(String username, Instant since) {
        return times("lower(username) = lower($1)", username, since);
    }

    /** When the failures since {@code since} from this client address happened. */
    public Uni<List<Instant>> fromAddress(String clientAddress, Instant since) {
        return times("client_address = $1", clientAddress, since);
    }

    /** Forgets failures older than {@code before}: they no longer count. */
    public Uni<Integer> forget(Instant before) {
        return Sql.count(pool, "delete from staff.login_failures where at < $1", before);
    }

    private Uni<List<Instant>> times(String where, String value, Instant since) {
        return Sql.rows(pool, "select at from staff.login_failures where " + where + " and at > $2 order by at", value, since)
                .map(rows -> Sql.list(rows, row -> Sql.instant(row, "at")));
    }
}
