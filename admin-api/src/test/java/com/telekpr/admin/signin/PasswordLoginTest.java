package com.telekpr.admin.signin;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** POST /api/admin/login: the first admin, right and wrong passwords, disabled accounts; every refusal audited. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class PasswordLoginTest {

    @Test
    void theFirstAdminFromTheEnvironmentSignsInAndTheTokenOpensTheDashboard() {
        String token = TestAccounts.login("admin", "test-admin-password", TestAccounts.newAddress()).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("success", equalTo(true)).body("tokenType", equalTo("Bearer")).body("expiresIn", equalTo(900))
                .body("role", equalTo("admin")).body("token", notNullValue()).extract().path("token");
        RestAssured.given().auth().oauth2(token).get("/api/admin/session").then().statusCode(200)
                .body("username", equalTo("admin")).body("roles", contains("admin"));
        RestAssured.given().auth().oauth2(token).get("/api/admin/stats").then().statusCode(200);
    }

    @Test
    void aWrongPasswordIsRefusedAndAudited() {
        String username = TestAccounts.create("operator", false);
        String address = TestAccounts.newAddress();
        TestAccounts.login(username, "not it", address).then().statusCode(401)
                .body("success", equalTo(false)).body("message", equalTo("wrong username or password"));
        assertEquals(1, Sql.count("select count(*) from staff.audit_log where actor_name = ? and action = 'login'"
                + " and outcome = 'refused' and detail = 'wrong password' and client_address = ?", username, address));
    }

    @Test
    void anUnknownNameGetsTheSameAnswerAsAWrongPassword() {
        String address = TestAccounts.newAddress();
        TestAccounts.login("nobody-" + address, "whatever", address).then().statusCode(401)
                .body("message", equalTo("wrong username or password"));
        assertEquals(1, Sql.count("select count(*) from staff.audit_log where client_address = ? and actor_id is null"
                + " and detail = 'unknown username'", address));
    }

    @Test
    void usernamesAreNotCaseSensitive() {
        String username = TestAccounts.create("operator", false);
        TestAccounts.login(username.toUpperCase(java.util.Locale.ROOT), TestAccounts.PASSWORD, TestAccounts.newAddress())
                .then().statusCode(200).body("username", equalTo(username)).body("role", equalTo("operator"));
    }

    @Test
    void aDisabledAccountCannotSignInEvenWithItsPassword() {
        String username = TestAccounts.create("admin", true);
        TestAccounts.login(username, TestAccounts.PASSWORD, TestAccounts.newAddress()).then().statusCode(401);
        assertEquals(1, Sql.count("select count(*) from staff.audit_log where actor_name = ? and detail = 'account disabled'",
                username));
    }

    @Test
    void aSuccessIsAuditedWithTheAccountAndAddress() {
        String username = TestAccounts.create("operator", false);
        String address = TestAccounts.newAddress();
        TestAccounts.login(username, TestAccounts.PASSWORD, address).then().statusCode(200);
        assertEquals(1, Sql.count("select count(*) from staff.audit_log where actor_name = ? and actor_role = 'operator'"
                + " and actor_id is not null and outcome = 'success' and client_address = ?", username, address));
    }

    @Test
    void theAuditLogListsAnAddresssAttemptsNewestFirst() {
        String username = TestAccounts.create("operator", false);
        String address = TestAccounts.newAddress();
        TestAccounts.login(username, "not it", address).then().statusCode(401);
        TestAccounts.login(username, TestAccounts.PASSWORD, address).then().statusCode(200);
        com.telekpr.admin.Staff.asAdmin().queryParam("client", address).get("/api/admin/audit").then().statusCode(200)
                .body("total", equalTo(2)).body("items.outcome", contains("success", "refused"))
                .body("items.actorName", contains(username, username)).body("items.action", contains("login", "login"));
        com.telekpr.admin.Staff.asAdmin().queryParam("outcome", "maybe").get("/api/admin/audit").then().statusCode(400)
                .body("field", equalTo("outcome"));
    }

    @Test
    void aStaleTokenLeftOnTheLoginIsNoRefusal() {
        String username = TestAccounts.create("operator", false);
        RestAssured.given().contentType(io.restassured.http.ContentType.JSON).header("Authorization", "Bearer expired.or.garbage")
                .header("X-Forwarded-For", TestAccounts.newAddress())
                .body(java.util.Map.of("username", username, "password", TestAccounts.PASSWORD)).post("/api/admin/login")
                .then().statusCode(200);
        RestAssured.given().header("Authorization", "Bearer expired.or.garbage").get("/api/admin/stats").then().statusCode(401);
    }
}
