package com.telekpr.order.api;

import static java.util.Map.entry;

import com.telekpr.testkit.ServiceAuthMatrix;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every operation of order-service's OpenAPI document lets in exactly the callers its {@code @RolesAllowed} names
 * and refuses everyone else, with no token or one for another service. The rules are written out here rather than
 * read from the annotations, so a widened role shows up as a failing test; a new endpoint without a rule fails too.
 */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OrderServiceAuthTest {
    private static final Set<String> BOT_AND_STAFF = Set.of("bot-gateway", "admin", "operator");
    private static final Set<String> BOT_AND_ADMIN = Set.of("bot-gateway", "admin");
    private static final Set<String> ADMIN = Set.of("admin");

    @Test
    void everyOperationLetsInOnlyTheCallersItsRuleNames() throws Exception {
        ServiceAuthMatrix.check("order-service", Map.ofEntries(
                entry("GET /catalogue", BOT_AND_STAFF),
                entry("GET /catalogue/prices", BOT_AND_STAFF),
                entry("PUT /catalogue/{code}", ADMIN),
                entry("GET /export/orders.csv", ADMIN),
                entry("GET /export/customers.csv", ADMIN),
                entry("GET /orders", BOT_AND_STAFF),
                entry("GET /orders/{orderId}", BOT_AND_STAFF),
                entry("DELETE /orders/{orderId}", ADMIN),
                entry("PUT /orders/{orderId}/status", BOT_AND_STAFF),
                entry("POST /orders/{orderId}/assign", BOT_AND_ADMIN),
                entry("POST /orders/{orderId}/cancel", BOT_AND_STAFF),
                entry("POST /orders/{orderId}/notes", BOT_AND_STAFF),
                entry("GET /profiles", BOT_AND_ADMIN),
                entry("POST /profiles", BOT_AND_ADMIN),
                entry("GET /profiles/{profileId}", BOT_AND_ADMIN),
                entry("PUT /profiles/{profileId}", BOT_AND_ADMIN),
                entry("DELETE /profiles/{profileId}", BOT_AND_ADMIN),
                entry("GET /profiles/{profileId}/password", Set.of("admin-api", "admin", "operator")),
                entry("GET /personal-keys/{userId}", Set.of("admin-api", "notification-service")),
                entry("GET /queue", BOT_AND_STAFF),
                entry("PUT /queue/{orderId}", ADMIN),
                entry("POST /queue/take-next", BOT_AND_STAFF)));
    }
}
