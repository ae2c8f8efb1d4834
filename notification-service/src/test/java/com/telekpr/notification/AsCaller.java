package com.telekpr.notification;

import com.telekpr.testkit.TestCallers;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Requests to notification-service carrying the token of the caller that really makes them, since every endpoint
 * wants one. Each request gets a fresh token, so a long test (a broadcast to thousands) never outlives it.
 */
public final class AsCaller {
    private AsCaller() {
    }

    /** As a signed-in admin: broadcasts and the message log. */
    public static RequestSpecification asStaffAdmin() {
        return RestAssured.given().auth().oauth2(TestCallers.staffToken("admin"));
    }
}
