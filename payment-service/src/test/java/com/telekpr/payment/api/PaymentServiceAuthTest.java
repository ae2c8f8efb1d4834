package com.telekpr.payment.api;

import com.telekpr.testkit.ServiceAuthMatrix;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every operation of payment-service's OpenAPI document lets in exactly the callers its {@code @RolesAllowed} names
 * and refuses everyone else, with no token or one for another service; OxaPay's webhook is left to its own signature
 * check. The rules are written out here rather than read from the annotations, so a widened role shows up as a
 * failing test; a new endpoint without a rule fails too.
 */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class PaymentServiceAuthTest {

    @Test
    void everyOperationLetsInOnlyTheCallersItsRuleNames() throws Exception {
        Set<String> botAndAdmin = Set.of("bot-gateway", "admin");
        ServiceAuthMatrix.check("payment-service", Map.of(
                "GET /purchase-options", botAndAdmin,
                "GET /payments/{paymentId}", botAndAdmin,
                "GET /reconciliation", Set.of("admin", "admin-api"),
                "POST /payments/{paymentId}/accept", Set.of("admin"),
                "POST /oxapay/webhook", ServiceAuthMatrix.PUBLIC));
    }
}
