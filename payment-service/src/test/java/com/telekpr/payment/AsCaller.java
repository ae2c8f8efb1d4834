package com.telekpr.payment;

import com.telekpr.testkit.TestCallers;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Requests to payment-service carrying the token of the caller that really makes them, since every endpoint but
 * OxaPay's webhook wants one. Each request gets a fresh token, so a long test never outlives it.
 */
public final class AsCaller {
    private static final String SERVICE = "payment-service";

    private AsCaller() {
    }

    /** As bot-gateway: purchase options and a user's payments. */
    public static RequestSpecification asBotGateway() {
        return RestAssured.given().auth().oauth2(TestCallers.token("bot-gateway", SERVICE));
    }

    /** As a signed-in admin: the reconciliation report. */
    public static RequestSpecification asStaffAdmin() {
        return RestAssured.given().auth().oauth2(TestCallers.staffToken("admin"));
    }
}
