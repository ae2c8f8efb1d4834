package com.telekpr.admin.signin;

import static org.hamcrest.Matchers.equalTo;

import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A login body that is not what it should be: 400 naming the field (413 when oversize), never a 500. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class LoginInputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{\"password\": \"x\"}                          | username | 'username' is required",
            "{\"username\": \"admin\"}                      | password | 'password' is required",
            "{\"username\": \" \", \"password\": \"x\"}     | username | 'username' is required",
            "{\"username\": 7, \"password\": \"x\"}         | username | 'username' has the wrong type",
            "{\"username\": \"a\", \"password\": [1]}       | password | 'password' has the wrong type",
            "{\"username\": \"a\", \"password\": \"x\", \"role\": \"admin\"} | role | 'role' is not a field of this request"})
    void aWrongFieldIsNamed(String body, String field, String message) {
        RestAssured.given().contentType(ContentType.JSON).body(body).post("/api/admin/login").then().statusCode(400)
                .body("field", equalTo(field)).body("message", equalTo(message));
    }

    @Test
    void tooLongAValueIsRefusedBeforeAnyPasswordCheck() {
        RestAssured.given().contentType(ContentType.JSON).body("{\"username\": \"" + "u".repeat(65) + "\", \"password\": \"x\"}")
                .post("/api/admin/login").then().statusCode(400).body("field", equalTo("username"));
        RestAssured.given().contentType(ContentType.JSON).body("{\"username\": \"u\", \"password\": \"" + "p".repeat(257) + "\"}")
                .post("/api/admin/login").then().statusCode(400).body("field", equalTo("password"));
    }

    @Test
    void notJsonOrNoBodyOrAHugeOne() {
        RestAssured.given().contentType(ContentType.JSON).body("{username").post("/api/admin/login").then().statusCode(400)
                .body("error", equalTo("invalid_json"));
        RestAssured.given().contentType(ContentType.JSON).post("/api/admin/login").then().statusCode(400);
        RestAssured.given().contentType(ContentType.JSON).body("{\"username\": \"" + "u".repeat(70_000) + "\"}")
                .post("/api/admin/login").then().statusCode(413);
    }
}
