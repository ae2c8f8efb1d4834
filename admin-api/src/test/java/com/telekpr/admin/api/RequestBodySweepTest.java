package com.telekpr.admin.api;

import static com.telekpr.admin.Staff.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every operation of admin-api's OpenAPI document that takes a JSON body, fed what a careless or hostile client sends:
 * no JSON, the wrong shape, a field that does not exist, a wrong type in each declared field, a body over the limit,
 * an id that is no UUID. Each is a 4xx naming the field where there is one; never a 5xx, never a success. Generated
 * from the document, so a new endpoint is swept without anyone listing it.
 */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RequestBodySweepTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Sign-in has its own tests (LoginInputTest): a sweep of failed logins would trip the brute-force throttle. */
    private static final Set<String> OWN_TESTS = Set.of("/api/admin/login", "/api/admin/session/refresh",
            "/api/admin/session/logout", "/api/admin/session/totp", "/api/admin/session/totp/confirm");

    private record Operation(String method, String path, Map<String, String> fields) {
    }

    @Test
    void everyBodyTakingOperationRefusesBadBodiesNamingTheField() throws Exception {
        List<Operation> operations = operations();
        assertTrue(operations.size() >= 15, "the sweep found the body-taking operations: " + operations);
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations) {
            String path = operation.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            expect(wrong, operation, "not JSON", send(operation.method(), path, "{\"oops"), 400, null);
            expect(wrong, operation, "an array", send(operation.method(), path, "[]"), 400, null);
            expect(wrong, operation, "an unknown field", send(operation.method(), path, "{\"zzUnknown\": 1}"), 400,
                    "zzUnknown");
            expect(wrong, operation, "over 64 KiB", send(operation.method(), path,
                    "{\"x\": \"" + "a".repeat(70 * 1024) + "\"}"), 413, null);
            operation.fields().forEach((field, type) -> expect(wrong, operation, "a wrong type in " + field,
                    send(operation.method(), path, "{\"" + field + "\": " + wrongValueFor(type) + "}"), 400, field));
            if (operation.path().contains("{")) {
                String badId = operation.path().replaceFirst("\\{[^}]+}", "not-a-uuid").replaceAll("\\{[^}]+}",
                        UUID.randomUUID().toString());
                expect(wrong, operation, "an id that is no UUID", send(operation.method(), badId, "{}"), 400,
                        operation.path().replaceFirst(".*?\\{([^}]+)}.*", "$1"));
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static String wrongValueFor(String type) {
        return switch (type) {
            case "string" -> "12345";
            case "integer", "number" -> "\"ten\"";
            case "boolean" -> "\"yes\"";
            case "array" -> "{\"not\": \"a list\"}";
            default -> "[1, 2]";
        };
    }

    private static Response send(String method, String path, String body) {
        return asAdmin().contentType("application/json").body(body).request(method, path);
    }

    private static void expect(List<String> wrong, Operation operation, String what, Response answer, int status,
                               String field) {
        String seen = answer.asString();
        boolean statusRight = answer.statusCode() == status;
        boolean fieldRight = field == null || seen.contains("\"field\":\"" + field + "\"");
        if (!statusRight || !fieldRight) {
            wrong.add(operation.method() + " " + operation.path() + " with " + what + " → " + answer.statusCode() + " "
                    + (seen.length() > 300 ? seen.substring(0, 300) : seen));
        }
    }

    private static List<Operation> operations() throws Exception {
        JsonNode document = JSON.readTree(RestAssured.given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().asString());
        List<Operation> found = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            JsonNode schema = method.getValue().path("requestBody").path("content").path("application/json").path("schema");
            if (schema.isMissingNode() || OWN_TESTS.contains(path.getKey())) {
                return;
            }
            String verb = method.getKey().toUpperCase(Locale.ROOT);
            Map<String, String> fields = schema.path("$ref").asText().endsWith("/JsonNode")
                    ? readByTheResource(verb + " " + path.getKey()) : fields(document, schema);
            found.add(new Operation(verb, path.getKey(), fields));
        }));
        return found;
    }

    /** A body the resource reads field by field (the document shows no fields): the fields it takes, all text. */
    private static Map<String, String> readByTheResource(String operation) {
        assertEquals("PUT /api/admin/customers/{id}", operation, "a free-form body the sweep does not know");
        Map<String, String> fields = new java.util.TreeMap<>();
        for (var component : com.telekpr.events.CustomerDetails.class.getRecordComponents()) {
            fields.put(component.getName(), "string");
        }
        return fields;
    }

    /** The body's declared fields and their JSON types, its schema's $ref followed. */
    private static Map<String, String> fields(JsonNode document, JsonNode schema) {
        JsonNode resolved = schema;
        if (schema.has("$ref")) {
            resolved = document.path("components").path("schemas").path(schema.get("$ref").asText()
                    .substring("#/components/schemas/".length()));
        }
        Map<String, String> fields = new java.util.TreeMap<>();
        resolved.path("properties").fields().forEachRemaining(property -> {
            JsonNode type = property.getValue().path("type");
            if (type.isTextual()) {
                fields.put(property.getKey(), type.asText());
            }
        });
        return fields;
    }
}
