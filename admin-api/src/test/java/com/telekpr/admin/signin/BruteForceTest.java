package com.telekpr.admin.signin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Five failed logins in 15 minutes, for one username or from one address, and the next waits (429, Retry-After). */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class BruteForceTest {

    @Test
    void fiveWrongPasswordsForOneNameLockItEvenFromElsewhereAndWithTheRightPassword() {
        String username = TestAccounts.create("admin", false);
        for (int i = 0; i < 5; i++) {
            TestAccounts.login(username, "guess " + i, TestAccounts.newAddress()).then().statusCode(401);
        }
        String retryAfter = TestAccounts.login(username, TestAccounts.PASSWORD, TestAccounts.newAddress()).then()
                .statusCode(429).body("error", equalTo("too_many_attempts")).body("message", containsString("15 minutes"))
                .extract().header("Retry-After");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds > 14 * 60 && seconds <= 15 * 60, "Retry-After " + retryAfter);
        assertEquals(1, Sql.count("select count(*) from staff.audit_log where actor_name = ? and outcome = 'throttled'", username));
    }

    @Test
    void fiveFailuresFromOneAddressLockThatAddressForEveryName() {
        String address = TestAccounts.newAddress();
        for (int i = 0; i < 5; i++) {
            TestAccounts.login("stranger-" + i + "-" + address, "guess", address).then().statusCode(401);
        }
        String username = TestAccounts.create("operator", false);
        TestAccounts.login(username, TestAccounts.PASSWORD, address).then().statusCode(429);
        TestAccounts.login(username, TestAccounts.PASSWORD, TestAccounts.newAddress()).then().statusCode(200);
    }

    @Test
    void theLockEndsWhenTheFailuresAreOlderThanTheWindow() {
        String username = TestAccounts.create("operator", false);
        String address = TestAccounts.newAddress();
        for (int i = 0; i < 5; i++) {
            TestAccounts.login(username, "guess", address).then().statusCode(401);
        }
        TestAccounts.login(username, TestAccounts.PASSWORD, address).then().statusCode(429);
        Sql.update("update staff.login_failures set at = at - interval '15 minutes 1 second' where client_address = ?", address);
        TestAccounts.login(username, TestAccounts.PASSWORD, address).then().statusCode(200);
    }

    /** Guesses sent at once count each other: never more than five get their password checked. */
    @Test
    void parallelGuessesGetNoMoreThanFiveChecks() {
        String username = TestAccounts.create("admin", false);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        var answers = java.util.stream.IntStream.range(0, 12).mapToObj(i -> java.util.concurrent.CompletableFuture.supplyAsync(
                () -> TestAccounts.login(username, "guess " + i, TestAccounts.newAddress()).statusCode(), pool)).toList();
        var statuses = answers.stream().map(java.util.concurrent.CompletableFuture::join).toList();
        pool.shutdown();
        assertTrue(statuses.stream().filter(status -> status == 401).count() <= 5, statuses.toString());
        assertTrue(statuses.stream().allMatch(status -> status == 401 || status == 429), statuses.toString());
        // each checked guess stays a failure; each throttled one was never checked and is taken back
        assertEquals(statuses.stream().filter(status -> status == 401).count(),
                Sql.count("select count(*) from staff.login_failures where username = ?", username));
    }
}
