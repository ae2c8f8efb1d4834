package com.telekpr.notification.api;

import com.telekpr.testkit.ServiceAuthMatrix;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every operation of notification-service's OpenAPI document lets in exactly the callers its {@code @RolesAllowed}
 * names and refuses everyone else, with no token or one for another service. The rules are written out here rather
 * than read from the annotations, so a widened role shows up as a failing test; a new endpoint without a rule fails
 * too.
 */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class NotificationServiceAuthTest {

    @Test
    void everyOperationLetsInOnlyTheCallersItsRuleNames() throws Exception {
        Set<String> broadcasters = Set.of("admin", "admin-api");
        ServiceAuthMatrix.check("notification-service", Map.of(
                "GET /broadcasts", broadcasters,
                "POST /broadcasts", broadcasters,
                "POST /broadcasts/preview", broadcasters,
                "GET /broadcasts/{id}", broadcasters,
                "POST /broadcasts/{id}/send", broadcasters,
                "POST /broadcasts/{id}/send-to", broadcasters,
                "POST /broadcasts/{id}/cancel", broadcasters,
                "GET /messages", Set.of("admin"),
                "POST /messages", Set.of("admin")));
    }
}
