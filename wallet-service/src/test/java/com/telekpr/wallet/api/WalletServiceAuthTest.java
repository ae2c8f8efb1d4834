package com.telekpr.wallet.api;

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
 * Every operation of wallet-service's OpenAPI document lets in exactly the callers its {@code @RolesAllowed} names
 * and refuses everyone else, with no token or one for another service. The rules are written out here rather than
 * read from the annotations, so a widened role shows up as a failing test; a new endpoint without a rule fails too.
 */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class WalletServiceAuthTest {
    private static final Set<String> BOT_AND_ADMIN = Set.of("bot-gateway", "admin");

    @Test
    void everyOperationLetsInOnlyTheCallersItsRuleNames() throws Exception {
        ServiceAuthMatrix.check("wallet-service", Map.ofEntries(
                entry("GET /accounts/{userId}", BOT_AND_ADMIN),
                entry("GET /accounts/{userId}/transactions", BOT_AND_ADMIN),
                entry("POST /accounts/{userId}/adjustments", Set.of("admin")),
                entry("POST /accounts/{userId}/subscription", Set.of("admin")),
                entry("GET /ledger/verification", Set.of("admin", "admin-api")),
                entry("GET /subscription-plan", BOT_AND_ADMIN)));
    }
}
