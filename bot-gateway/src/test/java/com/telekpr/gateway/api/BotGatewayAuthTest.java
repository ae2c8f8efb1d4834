package com.telekpr.gateway.api;

import com.telekpr.testkit.ServiceAuthMatrix;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every operation of bot-gateway's OpenAPI document lets in exactly the callers its {@code @RolesAllowed} names and
 * refuses everyone else, with no token or one for another service; Telegram's webhook is left to its own secret
 * check. The rules are written out here rather than read from the annotations, so a widened role shows up as a
 * failing test; a new endpoint without a rule fails too.
 */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class BotGatewayAuthTest {

    @Test
    void everyOperationLetsInOnlyTheCallersItsRuleNames() throws Exception {
        Set<String> userAdministrators = Set.of("admin", "admin-api");
        ServiceAuthMatrix.check("bot-gateway", Map.of(
                "GET /users", userAdministrators,
                "DELETE /users/{id}", userAdministrators,
                "GET /personal-keys/{userId}", Set.of("admin-api"),
                "GET /users/{id}", userAdministrators,
                "PUT /users/{id}/roles", userAdministrators,
                "POST /users/{id}/suspend", userAdministrators,
                "POST /users/{id}/activate", userAdministrators,
                "POST /telegram/webhook", ServiceAuthMatrix.PUBLIC));
    }
}
