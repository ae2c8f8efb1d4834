package com.telekpr.admin.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Outside dev and test, a rebuild needs a signed-in admin, and there is no sign-in yet: refused. */
@QuarkusTest
@TestProfile(RebuildLockedTest.AsInProduction.class)
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RebuildLockedTest {

    public static class AsInProduction implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("telekpr.admin.rebuild-without-sign-in", "false");
        }
    }

    @Test
    void aRebuildIsRefusedWithoutSignIn() {
        given().post("/api/admin/projections/rebuild").then().statusCode(403).body("error", equalTo("forbidden"));
        given().get("/api/admin/projections").then().statusCode(200).body("state", equalTo("idle"));
    }
}
