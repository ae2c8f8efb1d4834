package com.telekpr.admin.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.admin.application.signin.SignInUpkeep;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Failed logins past the throttle's window and sessions long expired are forgotten; recent ones stay. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SignInUpkeepTest {
    @Inject
    SignInUpkeep upkeep;

    @Test
    void oldFailuresGoAndRecentOnesStay() {
        String old = "old-" + UUID.randomUUID();
        String recent = "recent-" + UUID.randomUUID();
        Sql.update("insert into staff.login_failures (username, client_address, at) values (?, '192.0.2.1',"
                + " now() - interval '1 hour')", old);
        Sql.update("insert into staff.login_failures (username, client_address) values (?, '192.0.2.1')", recent);
        upkeep.forgetOld().await().atMost(Duration.ofSeconds(30));
        assertEquals(0L, Sql.count("select count(*) from staff.login_failures where username = ?", old));
        assertEquals(1L, Sql.count("select count(*) from staff.login_failures where username = ?", recent));
    }

    @Test
    void sessionsADayPastTheirEndGoAndLiveOnesStay() {
        Object admin = Sql.column("select account_id from staff.staff_accounts where lower(username) = 'admin'").get(0);
        String ended = "ended-" + UUID.randomUUID();
        String live = "live-" + UUID.randomUUID();
        Sql.update("insert into staff.staff_sessions (session_id, account_id, secret_hash, expires_at) values (?, ?, ?,"
                + " now() - interval '2 days')", UUID.randomUUID(), admin, ended);
        Sql.update("insert into staff.staff_sessions (session_id, account_id, secret_hash, expires_at) values (?, ?, ?,"
                + " now() + interval '1 hour')", UUID.randomUUID(), admin, live);
        upkeep.forgetOld().await().atMost(Duration.ofSeconds(30));
        assertEquals(0L, Sql.count("select count(*) from staff.staff_sessions where secret_hash = ?", ended));
        assertEquals(1L, Sql.count("select count(*) from staff.staff_sessions where secret_hash = ?", live));
    }
}
