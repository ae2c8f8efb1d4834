package com.telekpr.admin.signin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.telekpr.admin.application.signin.SigningKeys;
import com.telekpr.testkit.TelekprInfrastructure;
import com.telekpr.testkit.TestCallers;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A rotation: the new key signs, the retired one (telekpr.admin.sign-in.retired-public-keys) stays in the JWKS, and
 * the tokens it signed still pass admin-api's door until they expire.
 */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class KeyRotationTest {

    @Test
    void theJwksShowsTheCurrentKeyThenTheRetiredOneWhoseTokensStillPass() {
        SigningKeys keys = Arc.container().instance(SigningKeys.class).get();
        String retired = keys.retiredPublicKeys().keySet().iterator().next();
        given().get("/api/admin/.well-known/jwks.json").then().statusCode(200).body("keys", hasSize(2))
                .body("keys[0].kid", equalTo(keys.keyId())).body("keys[1].kid", equalTo(retired));
        given().auth().oauth2(TestCallers.retiredStaffToken("admin")).get("/api/admin/projections").then().statusCode(200);
        given().auth().oauth2(TestCallers.retiredStaffToken("operator")).get("/api/admin/projections").then().statusCode(403);
    }
}
