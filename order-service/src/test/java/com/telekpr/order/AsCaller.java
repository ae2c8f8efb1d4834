package com.telekpr.order;

import com.telekpr.testkit.TestCallers;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Requests to order-service carrying the token of the caller that really makes them, so the tests go through the
 * same door as production traffic instead of around it.
 */
public final class AsCaller {
    private static final String SERVICE = "order-service";

    private AsCaller() {
    }

    /** The bot, for what a customer or an operator does in Telegram. */
    public static RequestSpecification asBotGateway() {
        return bearer(TestCallers.token("bot-gateway", SERVICE));
    }

    /** A signed-in admin, whose staff token admin-api passes on. */
    public static RequestSpecification asStaffAdmin() {
        return bearer(TestCallers.staffToken("admin"));
    }

    /** admin-api itself, the only service that may read a profile's password. */
    public static RequestSpecification asAdminApi() {
        return bearer(TestCallers.token("admin-api", SERVICE));
    }

    private static RequestSpecification bearer(String token) {
        return RestAssured.given().auth().oauth2(token);
    }
}
