package com.telekpr.admin.signin;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.telekpr.admin.domain.staff.Base32;
import com.telekpr.admin.domain.staff.Totp;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where a second factor is required (the prod default), an admin without one may only enrol; an operator is not held. */
@QuarkusTest
@TestProfile(SecondFactorRequiredTest.Required.class)
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SecondFactorRequiredTest {

    public static class Required implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("telekpr.admin.sign-in.require-two-factor", "true");
        }
    }

    @Test
    void anAdminWithoutOneGetsATokenThatOnlyEnrols() {
        String username = TestAccounts.create("admin", false);
        String token = TestAccounts.login(username, TestAccounts.PASSWORD, TestAccounts.newAddress()).then().statusCode(200)
                .body("secondFactorSetupRequired", equalTo(true)).extract().path("token");
        RestAssured.given().auth().oauth2(token).get("/api/admin/session").then().statusCode(200).body("roles", contains("enrolling"));
        RestAssured.given().auth().oauth2(token).get("/api/admin/stats").then().statusCode(403);
        RestAssured.given().auth().oauth2(token).get("/api/admin/orders").then().statusCode(403);

        byte[] secret = Base32.decode(RestAssured.given().auth().oauth2(token).post("/api/admin/session/totp").then()
                .statusCode(201).extract().path("secret"));
        long step = Totp.step(Instant.now());
        RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("code", Totp.code(secret, step)))
                .post("/api/admin/session/totp/confirm").then().statusCode(204);
        String full = TestAccounts.loginWith(username, "totp", Totp.code(secret, step + 1)).then().statusCode(200)
                .body("secondFactorSetupRequired", equalTo(false)).body("role", equalTo("admin")).extract().path("token");
        RestAssured.given().auth().oauth2(full).get("/api/admin/stats").then().statusCode(200);
    }

    @Test
    void anOperatorIsNotHeldToIt() {
        String username = TestAccounts.create("operator", false);
        TestAccounts.login(username, TestAccounts.PASSWORD, TestAccounts.newAddress()).then().statusCode(200)
                .body("secondFactorSetupRequired", equalTo(false)).body("role", equalTo("operator"));
    }
}
