package com.telekpr.gateway;

import com.telekpr.testkit.TestCallers;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Requests to bot-gateway carrying the token of the caller that really makes them, since every endpoint but
 * Telegram's webhook wants one. Each request gets a fresh token, so a long test never outlives it.
 */
public final class AsCaller {
    private static final String SERVICE = "bot-gateway";

    private AsCaller() {
    }

    /** As admin-api: the users' list, roles and suspension. */
    public static RequestSpecification asAdminApi() {
        return RestAssured.given().auth().oauth2(TestCallers.token("admin-api", SERVICE));
    }
}
