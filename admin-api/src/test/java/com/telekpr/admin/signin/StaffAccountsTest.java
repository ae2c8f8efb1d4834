package com.telekpr.admin.signin;

import static com.telekpr.admin.Staff.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** /api/admin/staff: admins make, disable, enable and reset web accounts; what each does to sign-in; all audited. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class StaffAccountsTest {
    private static final String NEW_PASSWORD = "a new long password";

    private static Response create(Map<String, Object> body) {
        return asAdmin().contentType(ContentType.JSON).body(body).post("/api/admin/staff");
    }

    private static String newName() {
        return "staff-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String createOperator(String username) {
        return create(Map.of("username", username, "password", TestAccounts.PASSWORD, "role", "operator")).then()
                .statusCode(201).body("role", equalTo("operator")).body("disabled", equalTo(false)).extract().path("accountId");
    }

    @Test
    void aNewAccountSignsInAndIsListed() {
        String username = newName();
        String id = createOperator(username);
        TestAccounts.login(username, TestAccounts.PASSWORD, TestAccounts.newAddress()).then().statusCode(200)
                .body("role", equalTo("operator"));
        asAdmin().get("/api/admin/staff").then().statusCode(200).body("username", hasItem(username))
                .body("find { it.accountId == '" + id + "' }.telegramUserId", nullValue());
        assertEquals(1, Sql.count("select count(*) from staff.audit_log where action = 'staff create' and target = ?"
                + " and outcome = 'success' and parameters ->> 'username' = ?", "staff:" + id, username));
    }

    @Test
    void aTakenNameInAnyCaseIsAConflict() {
        String username = newName();
        createOperator(username);
        create(Map.of("username", username.toUpperCase(java.util.Locale.ROOT), "password", TestAccounts.PASSWORD,
                "role", "admin")).then().statusCode(409).body("error", equalTo("conflict"));
    }

    @Test
    void everyWrongFieldIsNamed() {
        Map<String, Object> good = Map.of("username", newName(), "password", TestAccounts.PASSWORD, "role", "operator");
        expectRefused(with(good, "password", "short"), "password");
        expectRefused(with(good, "username", "a b"), "username");
        expectRefused(with(good, "username", "<script>"), "username");
        expectRefused(with(good, "role", "customer"), "role");
        expectRefused(with(good, "role", null), "role");
        expectRefused(with(with(good, "telegramUserId", UUID.randomUUID().toString()), "role", "admin"), "role");
        expectRefused(with(with(good, "role", null), "telegramUserId", "not-an-id"), "telegramUserId");
        expectRefused(with(good, "isAdmin", true), "isAdmin");
    }

    @Test
    void disablingEndsTheSessionsAtOnceAndEnablingLetsTheAccountBackIn() {
        String username = newName();
        String id = createOperator(username);
        String session = TestAccounts.login(username, TestAccounts.PASSWORD, TestAccounts.newAddress()).getCookie("telekpr_session");
        asAdmin().post("/api/admin/staff/" + id + "/disable").then().statusCode(200).body("disabled", equalTo(true));
        RestAssured.given().cookie("telekpr_session", session).post("/api/admin/session/refresh").then().statusCode(401);
        TestAccounts.login(username, TestAccounts.PASSWORD, TestAccounts.newAddress()).then().statusCode(401);
        asAdmin().post("/api/admin/staff/" + id + "/enable").then().statusCode(200).body("disabled", equalTo(false));
        TestAccounts.login(username, TestAccounts.PASSWORD, TestAccounts.newAddress()).then().statusCode(200);
        asAdmin().post("/api/admin/staff/" + UUID.randomUUID() + "/disable").then().statusCode(404);
    }

    @Test
    void anAdminCannotDisableTheirOwnAccount() {
        String token = TestAccounts.login("admin", "test-admin-password", TestAccounts.newAddress()).path("token");
        String self = RestAssured.given().auth().oauth2(token).get("/api/admin/session").path("accountId");
        RestAssured.given().auth().oauth2(token).post("/api/admin/staff/" + self + "/disable").then().statusCode(409);
    }

    @Test
    void aNewPasswordReplacesTheOldOneAndEndsTheSessions() {
        String username = newName();
        String id = createOperator(username);
        String session = TestAccounts.login(username, TestAccounts.PASSWORD, TestAccounts.newAddress()).getCookie("telekpr_session");
        asAdmin().contentType(ContentType.JSON).body(Map.of("password", NEW_PASSWORD)).post("/api/admin/staff/" + id + "/password")
                .then().statusCode(200);
        RestAssured.given().cookie("telekpr_session", session).post("/api/admin/session/refresh").then().statusCode(401);
        TestAccounts.login(username, TestAccounts.PASSWORD, TestAccounts.newAddress()).then().statusCode(401);
        TestAccounts.login(username, NEW_PASSWORD, TestAccounts.newAddress()).then().statusCode(200);
        assertEquals(0, Sql.count("select count(*) from staff.audit_log where parameters::text like ?", "%" + NEW_PASSWORD + "%"));
    }

    @Test
    void aLinkedAccountHasItsTelegramUsersRoleAndLosesItWithIt() {
        UUID telegramUser = UUID.randomUUID();
        Sql.update("insert into admin.users (user_id, username, is_operator) values (?, 'olga', true)", telegramUser);
        String username = newName();
        create(Map.of("username", username, "password", TestAccounts.PASSWORD, "telegramUserId", telegramUser.toString()))
                .then().statusCode(201).body("role", equalTo("operator")).body("telegramUserId", equalTo(telegramUser.toString()));
        String token = TestAccounts.login(username, TestAccounts.PASSWORD, TestAccounts.newAddress()).then().statusCode(200)
                .body("role", equalTo("operator")).extract().path("token");
        RestAssured.given().auth().oauth2(token).get("/api/admin/session").then().body("telegramUserId", equalTo(telegramUser.toString()));

        Sql.update("update admin.users set is_operator = false where user_id = ?", telegramUser);
        TestAccounts.login(username, TestAccounts.PASSWORD, TestAccounts.newAddress()).then().statusCode(401);
        assertEquals(1, Sql.count("select count(*) from staff.audit_log where actor_name = ? and detail = ?", username,
                "the linked Telegram user is not staff"));
    }

    private static void expectRefused(Map<String, Object> body, String field) {
        create(body).then().statusCode(400).body("field", equalTo(field));
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(key, value);
        return changed;
    }
}
