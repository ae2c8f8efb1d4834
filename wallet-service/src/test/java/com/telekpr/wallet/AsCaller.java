package com.telekpr.wallet;

import com.telekpr.testkit.TestCallers;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Requests to wallet-service carrying the token of the caller that really makes them, so the tests go through the
 * same door as production traffic instead of around it.
 */
public final class AsCaller {
    private AsCaller() {
    }

    /** The bot, for a customer's account, ledger and plan screens. */
    public static RequestSpecification asBotGateway() {
        return bearer(TestCallers.token("bot-gateway", "wallet-service"));
    }

    /** A signed-in admin, whose staff token admin-api passes on. */
    public static RequestSpecification asStaffAdmin() {
        return bearer(TestCallers.staffToken("admin"));
    }

    private static RequestSpecification bearer(String token) {
        return RestAssured.given().auth().oauth2(token);
    }
}
