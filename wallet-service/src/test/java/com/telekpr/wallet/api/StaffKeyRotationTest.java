package com.telekpr.wallet.api;

import static io.restassured.RestAssured.given;

import com.telekpr.testkit.TelekprInfrastructure;
import com.telekpr.testkit.TestCallers;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * After admin-api rotates its staff key, the tokens its old key signed still pass (the service holds that key under
 * staff-retired-public-keys, its tenant picked by the token's kid) until they expire; without its kid, such a token is
 * checked against the current key, and fails.
 */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class StaffKeyRotationTest {

    @Test
    void aTokenOfTheRetiredKeyStillPassesUntilItExpires() {
        given().auth().oauth2(TestCallers.retiredStaffToken("admin")).get("/accounts/" + UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(TestCallers.retiredStaffToken("operator")).get("/ledger/verification")
                .then().statusCode(403);
    }

    @Test
    void aTokenOfTheRetiredKeyWithoutItsKidMeetsTheCurrentKeyAndIsRefused() {
        String withoutKid = TestCallers.sign("staff-retired", "{\"iss\":\"telekpr-admin\",\"sub\":\"x\",\"aud\":\"telekpr-staff\","
                + "\"groups\":[\"admin\"],\"exp\":" + (System.currentTimeMillis() / 1000 + 300) + "}");
        given().auth().oauth2(withoutKid).get("/accounts/" + UUID.randomUUID()).then().statusCode(401);
    }
}
