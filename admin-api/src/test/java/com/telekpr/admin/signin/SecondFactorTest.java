package com.telekpr.admin.signin;

import static com.telekpr.admin.Staff.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import com.telekpr.admin.domain.staff.Base32;
import com.telekpr.admin.domain.staff.Totp;
import com.telekpr.events.PersonalSeal;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** TOTP as a second factor: enrol, confirm, every login then needs a code used once, or a recovery code used once. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SecondFactorTest {

    /** Enrols and confirms a second factor for a new account; the secret and the step the confirmation used. */
    static Enrolled enrolled(String role) {
        String username = TestAccounts.create(role, false);
        String token = TestAccounts.token(username);
        JsonPath enrolment = RestAssured.given().auth().oauth2(token).post("/api/admin/session/totp").then().statusCode(201)
                .header("Cache-Control", "no-store").body("recoveryCodes", hasSize(10))
                .body("otpauthUri", startsWith("otpauth://totp/TeleKpr%3A" + username + "?secret=")).extract().jsonPath();
        byte[] secret = Base32.decode(enrolment.getString("secret"));
        long step = Totp.step(Instant.now());
        RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("code", Totp.code(secret, step)))
                .post("/api/admin/session/totp/confirm").then().statusCode(204);
        return new Enrolled(username, token, secret, step, enrolment.getList("recoveryCodes"));
    }

    record Enrolled(String username, String token, byte[] secret, long confirmedStep, List<String> recoveryCodes) {
        String code(long step) {
            return Totp.code(secret, step);
        }
    }

    @Test
    void theSecretIsKeptSealedAndStillMakesTheCodes() {
        var enrolled = enrolled("operator");
        String stored = (String) Sql.column("select totp_secret from staff.staff_accounts where username = ?",
                enrolled.username()).get(0);
        org.junit.jupiter.api.Assertions.assertTrue(stored.startsWith(PersonalSeal.PREFIX), stored);
        org.junit.jupiter.api.Assertions.assertFalse(stored.contains(Base32.encode(enrolled.secret())), stored);
        TestAccounts.loginWith(enrolled.username(), "totp", enrolled.code(enrolled.confirmedStep() + 1)).then()
                .statusCode(200);
    }

    @Test
    void aLoginWithoutTheCodeIsAskedForIt() {
        var enrolled = enrolled("operator");
        TestAccounts.login(enrolled.username(), TestAccounts.PASSWORD, TestAccounts.newAddress()).then().statusCode(401)
                .body("error", equalTo("second_factor_required"));
        TestAccounts.loginWith(enrolled.username(), "totp", "000000".equals(enrolled.code(enrolled.confirmedStep() + 1))
                ? "111111" : "000000").then().statusCode(401).body("message", equalTo("wrong or already used code"));
    }

    @Test
    void aCodeIsTakenOnceAndNeverAgain() {
        var enrolled = enrolled("admin");
        TestAccounts.loginWith(enrolled.username(), "totp", enrolled.code(enrolled.confirmedStep())).then().statusCode(401);
        String next = enrolled.code(enrolled.confirmedStep() + 1);
        TestAccounts.loginWith(enrolled.username(), "totp", next).then().statusCode(200).body("role", equalTo("admin"));
        TestAccounts.loginWith(enrolled.username(), "totp", next).then().statusCode(401);
    }

    @Test
    void aRecoveryCodeWorksOnceInAnyCase() {
        var enrolled = enrolled("operator");
        String code = enrolled.recoveryCodes().get(3);
        TestAccounts.loginWith(enrolled.username(), "recoveryCode", code.toUpperCase(java.util.Locale.ROOT).replace("-", ""))
                .then().statusCode(200);
        TestAccounts.loginWith(enrolled.username(), "recoveryCode", code).then().statusCode(401);
        TestAccounts.loginWith(enrolled.username(), "recoveryCode", enrolled.recoveryCodes().get(4)).then().statusCode(200);
    }

    @Test
    void aSecondEnrolmentWaitsForAnAdminsReset() {
        var enrolled = enrolled("operator");
        RestAssured.given().auth().oauth2(enrolled.token()).post("/api/admin/session/totp").then().statusCode(409);
        String id = RestAssured.given().auth().oauth2(enrolled.token()).get("/api/admin/session").then()
                .body("secondFactor", equalTo(true)).extract().path("accountId");
        asAdmin().post("/api/admin/staff/" + id + "/totp/reset").then().statusCode(204);
        String token = TestAccounts.login(enrolled.username(), TestAccounts.PASSWORD, TestAccounts.newAddress()).then()
                .statusCode(200).extract().path("token");
        RestAssured.given().auth().oauth2(token).get("/api/admin/session").then().body("secondFactor", equalTo(false));
    }

    @Test
    void aWrongFirstCodeConfirmsNothing() {
        String username = TestAccounts.create("operator", false);
        String token = TestAccounts.token(username);
        RestAssured.given().auth().oauth2(token).post("/api/admin/session/totp").then().statusCode(201);
        RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("code", "12345"))
                .post("/api/admin/session/totp/confirm").then().statusCode(400).body("field", equalTo("code"));
        TestAccounts.login(username, TestAccounts.PASSWORD, TestAccounts.newAddress()).then().statusCode(200);
        RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of())
                .post("/api/admin/session/totp/confirm").then().statusCode(400).body("field", equalTo("code"));
    }
}
