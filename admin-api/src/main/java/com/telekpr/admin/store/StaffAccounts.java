package com.telekpr.admin.store;

import com.telekpr.admin.domain.staff.StaffAccount;
import com.telekpr.admin.domain.staff.StaffMember;
import com.telekpr.admin.domain.staff.StaffRole;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The panel's web accounts (schema staff). */
@ApplicationScoped
public class StaffAccounts {
    /** A linked account's role is its Telegram user's, as the users projection has it now (none while suspended). */
    private static final String ACCOUNT = "select a.account_id, a.username, a.telegram_user_id, a.password_hash,"
            + " a.created_at, a.disabled_at, a.totp_confirmed_at, coalesce(a.role, case when u.suspended then null when u.is_admin then 'admin'"
            + " when u.is_operator then 'operator' end) as role from staff.staff_accounts a"
            + " left join users u on u.user_id = a.telegram_user_id";

    private final Pool pool;

    StaffAccounts(Pool pool) {
        this.pool = pool;
    }

    /** An account with its password hash, for checking a login. */
    public record WithPassword(StaffAccount account, String passwordHash) {
    }

    public Uni<Optional<WithPassword>> byUsername(String username) {
        return Sql.rows(pool, ACCOUNT + " where lower(a.username) = lower($1)", username).map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next())
                .map(row -> new WithPassword(account(row), row.getString("password_hash"))));
    }

    /** The account linked to a Telegram user, if any. */
    public Uni<Optional<StaffAccount>> byTelegramUser(UUID telegramUser) {
        return Sql.rows(pool, ACCOUNT + " where a.telegram_user_id = $1 order by a.created_at limit 1", telegramUser)
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(account(rows.iterator().next())));
    }

    /** A bot user as the users projection knows them: staff while admin or operator and not suspended. */
    public record BotUser(UUID userId, boolean staff) {
    }

    public Uni<Optional<BotUser>> userOfTelegramId(long telegramId) {
        return Sql.rows(pool, "select user_id, (is_admin or is_operator) and not suspended as staff from users"
                        + " where telegram_id = $1", telegramId)
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next())
                        .map(row -> new BotUser(row.getUUID("user_id"), row.getBoolean("staff"))));
    }

    public Uni<Optional<StaffAccount>> byId(UUID accountId) {
        return Sql.rows(pool, ACCOUNT + " where a.account_id = $1", accountId)
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(account(rows.iterator().next())));
    }

    /**
     * The environment's first admin: made on the first start, its password hash (and admin role, and being enabled) set
     * again from the environment on every start, so a deployer resets it by changing the variable.
     */
    public Uni<Void> ensureFirstAdmin(String username, String passwordHash) {
        return Sql.run(pool, "insert into staff.staff_accounts (account_id, username, password_hash, role) values ($1, $2,"
                + " $3, 'admin') on conflict ((lower(username))) do update set password_hash = excluded.password_hash,"
                + " role = 'admin', telegram_user_id = null, disabled_at = null", UUID.randomUUID(), username, passwordHash);
    }

    public Uni<List<StaffMember>> all() {
        return Sql.rows(pool, ACCOUNT + " order by lower(a.username)").map(rows -> Sql.list(rows, StaffAccounts::memberOf));
    }

    public Uni<Optional<StaffMember>> member(UUID accountId) {
        return Sql.rows(pool, ACCOUNT + " where a.account_id = $1", accountId)
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(memberOf(rows.iterator().next())));
    }

    private static StaffMember memberOf(Row row) {
        return new StaffMember(account(row), Sql.instant(row, "created_at"), Sql.instant(row, "disabled_at"));
    }

    /** Makes the account; empty when the username (in any case) is taken. */
    public Uni<Optional<UUID>> create(String username, String passwordHash, Optional<StaffRole> role, Optional<UUID> telegramUser) {
        return Sql.rows(pool, "insert into staff.staff_accounts (account_id, username, password_hash, role, telegram_user_id)"
                + " values ($1, $2, $3, $4, $5) on conflict ((lower(username))) do nothing returning account_id",
                UUID.randomUUID(), username, passwordHash, role.map(StaffRole::claim).orElse(null), telegramUser.orElse(null))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getUUID("account_id")));
    }

    /** Disables or enables it; false when there is no such account. */
    public Uni<Boolean> setDisabled(UUID accountId, boolean disabled) {
        return Sql.count(pool, "update staff.staff_accounts set disabled_at = case when $2 then coalesce(disabled_at, now())"
                + " end where account_id = $1", accountId, disabled).map(changed -> changed == 1);
    }

    public Uni<Boolean> setPasswordHash(UUID accountId, String passwordHash) {
        return Sql.count(pool, "update staff.staff_accounts set password_hash = $2 where account_id = $1", accountId,
                passwordHash).map(changed -> changed == 1);
    }

    private static StaffAccount account(Row row) {
        String role = row.getString("role");
        return new StaffAccount(row.getUUID("account_id"), row.getString("username"),
                Optional.ofNullable(role).map(StaffRole::of), Optional.ofNullable(row.getUUID("telegram_user_id")),
                row.getValue("disabled_at") != null, row.getValue("totp_confirmed_at") != null);
    }
}
