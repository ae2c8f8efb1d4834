package com.telekpr.admin.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.telekpr.admin.Staff;
import com.telekpr.admin.application.signin.SigningKeys;
import com.telekpr.admin.domain.staff.StaffRole;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.smallrye.jwt.build.Jwt;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every operation of admin-api's own OpenAPI document, called with no token, an expired one, a forged signature,
 * another issuer, another audience, an operator's and an admin's: each must answer as its rule says. An operation
 * without a rule fails the test, so a new endpoint cannot ship without deciding who may call it.
 */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AuthMatrixTest {
    private enum Access { PUBLIC, STAFF, ADMIN }

    private static final Map<String, Access> RULES = new LinkedHashMap<>();
    /** Actions admin-api forwards to their owners, which these tests do not run: the door let them in if it got that far. */
    private static final Set<String> FORWARDED = Set.of("PUT /api/admin/orders/{id}/status", "POST /api/admin/orders/{id}/assign",
            "POST /api/admin/orders/{id}/notes", "POST /api/admin/queue/take-next", "PUT /api/admin/queue/{id}",
            "PUT /api/admin/users/{id}/tokens", "POST /api/admin/users/{id}/promote", "POST /api/admin/users/{id}/suspend",
            "POST /api/admin/users/{id}/activate", "DELETE /api/admin/orders/{id}", "DELETE /api/admin/customers/{id}",
            "GET /api/admin/reconciliation", "POST /api/admin/users/{id}/subscription", "POST /api/admin/users/{id}/message",
            "POST /api/admin/broadcast", "POST /api/admin/broadcast/preview", "GET /api/admin/broadcast/{id}",
            "POST /api/admin/broadcast/{id}/cancel", "DELETE /api/admin/users/{id}");

    static {
        for (String open : List.of("POST /api/admin/login", "POST /api/admin/session/refresh", "POST /api/admin/session/logout",
                "GET /api/admin/.well-known/jwks.json", "GET /api/admin/login/telegram",
                "GET /api/admin/login/telegram/callback")) {
            RULES.put(open, Access.PUBLIC);
        }
        for (String staff : List.of("GET /api/admin/session", "POST /api/admin/session/totp", "POST /api/admin/session/totp/confirm", "GET /api/admin/orders", "GET /api/admin/orders/export",
                "GET /api/admin/orders/{id}",
                "PUT /api/admin/orders/{id}/status", "POST /api/admin/orders/{id}/notes", "POST /api/admin/queue/take-next",
                "POST /api/admin/customers/{id}/password")) {
            RULES.put(staff, Access.STAFF);
        }
        for (String admin : List.of("GET /api/admin/stats", "GET /api/admin/analytics/trends", "GET /api/admin/analytics/performance",
                "GET /api/admin/users", "GET /api/admin/users/{id}", "GET /api/admin/customers",
                "GET /api/admin/customers/export", "GET /api/admin/customers/{id}", "GET /api/admin/payments",
                "GET /api/admin/broadcasts", "GET /api/admin/stream", "GET /api/admin/projections",
                "POST /api/admin/projections/rebuild", "GET /api/admin/audit", "GET /api/admin/staff", "POST /api/admin/staff",
                "POST /api/admin/staff/{id}/disable", "POST /api/admin/staff/{id}/enable", "POST /api/admin/staff/{id}/password",
                "POST /api/admin/staff/{id}/totp/reset", "POST /api/admin/orders/{id}/assign", "PUT /api/admin/queue/{id}",
                "PUT /api/admin/users/{id}/tokens", "POST /api/admin/users/{id}/promote", "POST /api/admin/users/{id}/suspend",
                "POST /api/admin/users/{id}/activate", "DELETE /api/admin/orders/{id}", "POST /api/admin/orders/bulk",
                "GET /api/admin/catalogue", "PUT /api/admin/catalogue", "PUT /api/admin/customers/{id}",
                "DELETE /api/admin/customers/{id}", "GET /api/admin/reconciliation", "POST /api/admin/payments/{id}/accept",
                "POST /api/admin/users/{id}/subscription", "POST /api/admin/users/{id}/message",
                "POST /api/admin/broadcast", "POST /api/admin/broadcast/preview", "GET /api/admin/broadcast/{id}",
                "POST /api/admin/broadcast/{id}/cancel", "DELETE /api/admin/users/{id}")) {
            RULES.put(admin, Access.ADMIN);
        }
    }

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyOperationAnswersEveryKindOfCallerAsItsRuleSays() throws Exception {
        Set<String> operations = operations();
        assertEquals(new TreeSet<>(RULES.keySet()), operations, "every operation needs a rule, and every rule an operation");
        Map<String, String> refused = refusedTokens();
        List<String> wrong = new ArrayList<>();
        for (String operation : operations) {
            Access access = RULES.get(operation);
            if (access == Access.PUBLIC) {
                expect(wrong, operation, "no token", null, status -> status != 403 && status < 500);
                continue;
            }
            expect(wrong, operation, "no token", null, status -> status == 401);
            refused.forEach((kind, token) -> expect(wrong, operation, kind, token, status -> status == 401));
            String operator = Staff.token(StaffRole.OPERATOR, UUID.randomUUID());
            java.util.function.IntPredicate let = FORWARDED.contains(operation) ? AuthMatrixTest::letToItsOwner : AuthMatrixTest::let;
            expect(wrong, operation, "operator", operator, access == Access.ADMIN ? status -> status == 403 : let);
            expect(wrong, operation, "admin", Staff.adminToken(), let);
        }
        awaitNoRebuildRunning();
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** Let in: the endpoint itself answered (a 404 for a made-up id is fine), not the door. */
    private static boolean let(int status) {
        return status != 401 && status != 403 && status < 500;
    }

    /** Let in, and sent on (or refused as bad input first): the owner, not running here, is unreachable (503). */
    private static boolean letToItsOwner(int status) {
        return status != 401 && status != 403 && (status < 500 || status == 503);
    }

    private void expect(List<String> wrong, String operation, String caller, String token,
                        java.util.function.IntPredicate expected) {
        int status = call(operation, token);
        if (!expected.test(status)) {
            wrong.add(operation + " with " + caller + " answered " + status);
        }
    }

    private int call(String operation, String token) {
        String[] parts = operation.split(" ", 2);
        String path = parts[1].replace("{id}", UUID.randomUUID().toString()).substring(1);
        var request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(parts[0], parts[0].equals("POST") ? HttpRequest.BodyPublishers.ofString("{}")
                        : HttpRequest.BodyPublishers.noBody()).header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            // the stream never ends: its status is all there is to read
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return response.statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(operation, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> operations() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(RestAssured.given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString()).path("paths");
        Set<String> operations = new TreeSet<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
                operations.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));
        return operations;
    }

    /** Tokens a verifier must refuse: expired, signed with another key, of another issuer, for another audience. */
    private static Map<String, String> refusedTokens() throws Exception {
        SigningKeys keys = Arc.container().instance(SigningKeys.class).get();
        var forger = KeyPairGenerator.getInstance("RSA");
        forger.initialize(2048);
        var forged = forger.generateKeyPair().getPrivate();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("an expired token", Jwt.issuer("telekpr-admin").subject(UUID.randomUUID().toString()).audience("telekpr-staff")
                .groups("admin").issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().minusSeconds(600))
                .jws().keyId(keys.keyId()).sign(keys.privateKey()));
        tokens.put("a forged signature", Jwt.issuer("telekpr-admin").subject(UUID.randomUUID().toString())
                .audience("telekpr-staff").groups("admin").expiresIn(600).jws().keyId(keys.keyId()).sign(forged));
        tokens.put("another issuer", Jwt.issuer("https://someone-else.example").subject(UUID.randomUUID().toString())
                .audience("telekpr-staff").groups("admin").expiresIn(600).jws().keyId(keys.keyId()).sign(keys.privateKey()));
        tokens.put("another audience", Jwt.issuer("telekpr-admin").subject(UUID.randomUUID().toString())
                .audience("order-service").groups("admin").expiresIn(600).jws().keyId(keys.keyId()).sign(keys.privateKey()));
        return tokens;
    }

    /** The admin's call of POST /projections/rebuild started one: it must end before other tests read the models. */
    private static void awaitNoRebuildRunning() {
        Await.until("the rebuild started by the matrix to end", Duration.ofMinutes(2), () -> {
            String state = Staff.asAdmin().get("/api/admin/projections").jsonPath().getString("state");
            return state == null || state.equals("done") || state.equals("failed");
        });
    }
}
