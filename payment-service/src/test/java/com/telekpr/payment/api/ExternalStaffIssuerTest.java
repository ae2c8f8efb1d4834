package com.telekpr.payment.api;

import static io.restassured.RestAssured.given;

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
 * With telekpr.service-auth.staff-external-issuer set, a service takes a company identity provider's access tokens as
 * staff tokens (keys from its discovery document, audience telekpr-staff, roles in groups), and refuses its tokens for
 * another audience, expired or forged.
 */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = CompanyIdentityProvider.class, scope = TestResourceScope.GLOBAL)
class ExternalStaffIssuerTest {
    private static final Duration MINUTES = Duration.ofMinutes(5);

    @Test
    void theIssuersAdminsGetInAndItsOperatorsOnlyWhereOperatorsMay() {
        var realm = CompanyIdentityProvider.realm();
        given().auth().oauth2(realm.accessToken("kim", List.of("admin"), "telekpr-staff", MINUTES))
                .get("/reconciliation").then().statusCode(200);
        given().auth().oauth2(realm.accessToken("olu", List.of("operator"), "telekpr-staff", MINUTES))
                .get("/reconciliation").then().statusCode(403);
    }

    @Test
    void itsTokensForAnotherAudienceExpiredOrForgedAreRefused() {
        var realm = CompanyIdentityProvider.realm();
        given().auth().oauth2(realm.accessToken("kim", List.of("admin"), "account", MINUTES))
                .get("/reconciliation").then().statusCode(401);
        given().auth().oauth2(realm.accessToken("kim", List.of("admin"), "telekpr-staff", Duration.ofMinutes(-5)))
                .get("/reconciliation").then().statusCode(401);
        given().auth().oauth2(realm.sign("kim", List.of("admin"), "telekpr-staff", MINUTES, Map.of(), true))
                .get("/reconciliation").then().statusCode(401);
    }
}
