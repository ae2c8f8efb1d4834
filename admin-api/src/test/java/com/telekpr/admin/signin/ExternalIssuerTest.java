package com.telekpr.admin.signin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.telekpr.testkit.CompanyIdentityProvider;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With telekpr.admin.sign-in.external-issuer set, a company identity provider's access tokens are staff tokens beside
 * admin-api's own: its keys from its discovery document, the audience telekpr-staff, the roles in groups.
 */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = CompanyIdentityProvider.class, scope = TestResourceScope.GLOBAL)
class ExternalIssuerTest {
    private static final Duration MINUTES = Duration.ofMinutes(5);

    @Test
    void theIssuersStaffGetInWithTheirRoles() {
        var realm = CompanyIdentityProvider.realm();
        given().auth().oauth2(realm.accessToken("kim", List.of("admin"), "telekpr-staff", MINUTES))
                .get("/api/admin/projections").then().statusCode(200);
        given().auth().oauth2(realm.accessToken("kim", List.of("admin"), "telekpr-staff", MINUTES))
                .get("/api/admin/session").then().statusCode(200).body("username", equalTo("kim"))
                .body("secondFactor", equalTo(false));
        String operator = realm.accessToken("olu", List.of("operator"), "telekpr-staff", MINUTES);
        given().auth().oauth2(operator).get("/api/admin/orders").then().statusCode(200);
        given().auth().oauth2(operator).get("/api/admin/projections").then().statusCode(403);
    }

    @Test
    void itsTokensForAnotherAudienceExpiredOrForgedAreRefused() {
        var realm = CompanyIdentityProvider.realm();
        given().auth().oauth2(realm.accessToken("kim", List.of("admin"), "account", MINUTES))
                .get("/api/admin/projections").then().statusCode(401);
        given().auth().oauth2(realm.accessToken("kim", List.of("admin"), "telekpr-staff", Duration.ofMinutes(-5)))
                .get("/api/admin/projections").then().statusCode(401);
        given().auth().oauth2(realm.sign("kim", List.of("admin"), "telekpr-staff", MINUTES, Map.of(), true))
                .get("/api/admin/projections").then().statusCode(401);
    }
}
