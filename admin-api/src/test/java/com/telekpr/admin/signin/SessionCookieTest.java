package com.telekpr.admin.signin;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** The refresh cookie: how it is set, what a refresh and a logout do, and a stolen copy played back. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SessionCookieTest {
    private static final String COOKIE = "telekpr_session";

    private static Response refresh(String secret) {
        return RestAssured.given().cookie(COOKIE, secret).post("/api/admin/session/refresh");
    }

    @Test
    void theCookieIsHttpOnlySecureStrictAndOnlyForTheSessionPaths() {
        String setCookie = TestAccounts.login(TestAccounts.create("operator", false), TestAccounts.PASSWORD,
                TestAccounts.newAddress()).then().statusCode(200).extract().header("Set-Cookie");
        assertTrue(setCookie.startsWith(COOKIE + "="), setCookie);
        for (String attribute : new String[] {"HttpOnly", "Secure", "SameSite=Strict", "Path=/api/admin/session", "Max-Age=43200"}) {
            assertTrue(setCookie.contains(attribute), attribute + " missing in " + setCookie);
        }
    }

    @Test
    void aRefreshGivesANewTokenAndReplacesTheCookie() {
        Response login = TestAccounts.login(TestAccounts.create("operator", false), TestAccounts.PASSWORD, TestAccounts.newAddress());
        String first = login.getCookie(COOKIE);
        Response refreshed = refresh(first);
        refreshed.then().statusCode(200).body("success", equalTo(true)).body("role", equalTo("operator"));
        String second = refreshed.getCookie(COOKIE);
        assertNotEquals(first, second);
        RestAssured.given().auth().oauth2(refreshed.path("token")).get("/api/admin/session").then().statusCode(200);
        refresh(second).then().statusCode(200);
    }

    @Test
    void aReplacedCookiePlayedBackEndsEverySessionOfTheAccount() {
        String username = TestAccounts.create("admin", false);
        String stolen = TestAccounts.login(username, TestAccounts.PASSWORD, TestAccounts.newAddress()).getCookie(COOKIE);
        String owners = refresh(stolen).getCookie(COOKIE);
        refresh(stolen).then().statusCode(401).body("message", equalTo("the session has ended; sign in again"));
        refresh(owners).then().statusCode(401);
        assertEquals(1, Sql.count("select count(*) from staff.audit_log where actor_name = ? and action = 'session refresh'"
                + " and outcome = 'refused'", username));
    }

    @Test
    void logoutEndsTheSessionAtOnceAndClearsTheCookie() {
        String username = TestAccounts.create("operator", false);
        String secret = TestAccounts.login(username, TestAccounts.PASSWORD, TestAccounts.newAddress()).getCookie(COOKIE);
        String cleared = RestAssured.given().cookie(COOKIE, secret).post("/api/admin/session/logout").then().statusCode(204)
                .extract().header("Set-Cookie");
        assertTrue(cleared.contains("Max-Age=0"), cleared);
        refresh(secret).then().statusCode(401);
        RestAssured.given().cookie(COOKIE, secret).post("/api/admin/session/logout").then().statusCode(204);
        assertEquals(1, Sql.count("select count(*) from staff.audit_log where actor_name = ? and action = 'logout'", username));
    }

    @Test
    void aDisabledAccountsSessionEndsAtItsNextRefresh() {
        String username = TestAccounts.create("operator", false);
        String secret = TestAccounts.login(username, TestAccounts.PASSWORD, TestAccounts.newAddress()).getCookie(COOKIE);
        Sql.update("update staff.staff_accounts set disabled_at = now() where username = ?", username);
        refresh(secret).then().statusCode(401);
    }

    @Test
    void noCookieOrAnUnknownOneIsRefused() {
        RestAssured.given().post("/api/admin/session/refresh").then().statusCode(401).body("success", equalTo(false));
        refresh("made-up").then().statusCode(401);
    }

    @Test
    void anEndedCookiePlayedBackEndsNothingElse() {
        String username = TestAccounts.create("operator", false);
        String laptop = TestAccounts.login(username, TestAccounts.PASSWORD, TestAccounts.newAddress()).getCookie(COOKIE);
        String phone = TestAccounts.login(username, TestAccounts.PASSWORD, TestAccounts.newAddress()).getCookie(COOKIE);
        RestAssured.given().cookie(COOKIE, phone).post("/api/admin/session/logout").then().statusCode(204);
        refresh(phone).then().statusCode(401);
        refresh(laptop).then().statusCode(200);
    }
}
