package com.telekpr.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.http.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Every operation of a service's own OpenAPI document against its door: no token and a token for another audience →
 * 401; a service or staff token of a caller the rule does not name, or one that claims another's name in its
 * {@code sub} or {@code groups} → 403; one it names → in (anything but 401, 403 or
 * 5xx). {@code rules} maps "METHOD /path" to the callers allowed (service names, or the staff roles admin and operator),
 * or to {@link #PUBLIC} for an endpoint with its own check; an operation without a rule fails.
 */
public final class ServiceAuthMatrix {
    public static final Set<String> PUBLIC = Set.of("public");
    private static final List<String> STAFF_ROLES = List.of("admin", "operator");

    private ServiceAuthMatrix() {
    }

    public static void check(String service, Map<String, Set<String>> rules) throws Exception {
        Set<String> operations = operations();
        assertEquals(new TreeSet<>(rules.keySet()), operations, "every operation needs a rule, and every rule an operation");
        List<String> wrong = new ArrayList<>();
        String otherAudience = TestCallers.SERVICES.stream().filter(name -> !name.equals(service)).findFirst().orElseThrow();
        for (String operation : operations) {
            Set<String> allowed = rules.get(operation);
            if (allowed == PUBLIC) {
                continue;
            }
            expect(wrong, operation, "no token", null, status -> status == 401);
            expect(wrong, operation, "a token for " + otherAudience, TestCallers.token(TestCallers.SERVICES.get(0), otherAudience),
                    status -> status == 401);
            // a caller naming someone else where it may write what it likes gets nothing of theirs
            long now = java.time.Instant.now().getEpochSecond();
            String pretender = TestCallers.sign(TestCallers.SERVICES.get(0), "{\"iss\":\"" + TestCallers.SERVICES.get(0)
                    + "\",\"sub\":\"admin admin-api\",\"groups\":[\"admin\"],\"aud\":\"" + service + "\",\"iat\":"
                    + now + ",\"exp\":" + (now + 300) + "}");
            expect(wrong, operation, "bot-gateway claiming to be admin", pretender,
                    allowed.contains(TestCallers.SERVICES.get(0)) ? ServiceAuthMatrix::let : status -> status == 403);
            for (String caller : callers()) {
                String token = STAFF_ROLES.contains(caller) ? TestCallers.staffToken(caller) : TestCallers.token(caller, service);
                boolean in = allowed.contains(caller);
                expect(wrong, operation, caller, token, in ? ServiceAuthMatrix::let : status -> status == 403);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static List<String> callers() {
        List<String> callers = new ArrayList<>(TestCallers.SERVICES);
        callers.addAll(STAFF_ROLES);
        return callers;
    }

    private static boolean let(int status) {
        return status != 401 && status != 403 && status < 500;
    }

    private static void expect(List<String> wrong, String operation, String caller, String token,
                               java.util.function.IntPredicate expected) {
        String[] parts = operation.split(" ", 2);
        var request = RestAssured.given().contentType("application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (!parts[0].equals("GET") && !parts[0].equals("DELETE")) {
            request.body("{}");
        }
        int status = request.request(Method.valueOf(parts[0]), parts[1].replaceAll("\\{[^}]+}", UUID.randomUUID().toString()))
                .statusCode();
        if (!expected.test(status)) {
            wrong.add(operation + " with " + caller + " answered " + status);
        }
    }

    private static Set<String> operations() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(RestAssured.given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString()).path("paths");
        Set<String> operations = new HashSet<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
                operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return operations;
    }
}
