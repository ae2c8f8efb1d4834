package com.telekpr.admin.store;

import com.telekpr.admin.domain.staff.StaffAccount;
import com.telekpr.admin.domain.staff.StaffRole;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** The panel's web accounts (schema staff). */
@ApplicationScoped
public class StaffAccounts {
    private static final String COLUMNS = "account_id, username, role, telegram_user_id, disabled_at is not null as disabled";

    private final Pool pool;

    StaffAccounts(Pool pool) {
        this.pool = pool;
    }

    /** An account with its password hash, for checking a login. */
    public record WithPassword(StaffAccount account, String passwordHash) {
    }

    public Uni<Optional<WithPassword>> byUsername(String username) {
        return Sql.rows(pool, "select " + COLUMNS + ", password_hash from staff.staff_accounts where lower(username) = lower($1)",
                username).map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next())
                .map(row -> new WithPassword(account(row), row.getString("password_hash"))));
    }

    public Uni<Optional<StaffAccount>> byId(UUID accountId) {
        return Sql.rows(pool, "select " + COLUMNS + " from staff.staff_accounts where account_id = $1", accountId)
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(account(rows.iterator().next())));
    }

    /**
     * The environment's first admin: made on the first start, its password hash (and admin role) set again from the
     * environment on every start, so a deployer resets it by changing the variable.
     */
    public Uni<Void> ensureFirstAdmin(String username, String passwordHash) {
        return Sql.run(pool, "insert into staff.staff_accounts (account_id, username, password_hash, role) values ($1, $2,"
                + " $3, 'admin') on conflict ((lower(username))) do update set password_hash = excluded.password_hash,"
                + " role = 'admin'", UUID.randomUUID(), username, passwordHash);
    }

    private static StaffAccount account(Row row) {
        return new StaffAccount(row.getUUID("account_id"), row.getString("username"), StaffRole.of(row.getString("role")),
                Optional.ofNullable(row.getUUID("telegram_user_id")), row.getBoolean("disabled"));
    }
}
