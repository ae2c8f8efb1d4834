package com.telekpr.payment.flow;

import static com.telekpr.payment.flow.PaymentTraffic.PAYMENT_EVENTS;
import static com.telekpr.payment.flow.PaymentTraffic.purchase;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.events.PaymentEvent.PaymentConfirmed;
import com.telekpr.events.PaymentEvent.PaymentExpired;
import com.telekpr.events.PaymentEvent.PaymentFailed;
import com.telekpr.testkit.TelekprInfrastructure;
import com.telekpr.testkit.TestCallers;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An admin credits an underpaid or late-paid invoice by hand: confirmed once, and only such an invoice. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OxaPaySandbox.class, scope = TestResourceScope.GLOBAL)
class ManualAcceptTest {
    private final String adminToken = TestCallers.staffToken("admin");

    private RequestSpecification asAdmin(String key) {
        return RestAssured.given().auth().oauth2(adminToken).contentType("application/json").header("Idempotency-Key", key);
    }

    @Test
    void anUnderpaidInvoiceAcceptedByHandIsConfirmedOnceForOneKey() {
        UUID user = UUID.randomUUID();
        var link = purchase(user, 100);
        OxaPaySandbox.oxapay.underpay(link.trackId());
        PAYMENT_EVENTS.awaitOne(user, PaymentFailed.class);
        String key = UUID.randomUUID().toString();
        asAdmin(key).body("{\"reason\":\"customer sent the rest by bank\"}").post("/payments/" + link.paymentId() + "/accept")
                .then().statusCode(200).body("status", equalTo("manual_accept"));
        asAdmin(key).body("{\"reason\":\"customer sent the rest by bank\"}").post("/payments/" + link.paymentId() + "/accept")
                .then().statusCode(200).body("status", equalTo("manual_accept"));
        assertEquals(link.paymentId(), PAYMENT_EVENTS.awaitOne(user, PaymentConfirmed.class).paymentId());
        asAdmin(UUID.randomUUID().toString()).body("{\"reason\":\"again\"}").post("/payments/" + link.paymentId() + "/accept")
                .then().statusCode(409).body("error", equalTo("not_acceptable"));
        assertEquals(1, PAYMENT_EVENTS.of(user, PaymentConfirmed.class).size());
    }

    @Test
    void aLatePaymentOfAnExpiredInvoiceCanBeAcceptedButAnOpenOneCannot() {
        UUID late = UUID.randomUUID();
        var expired = purchase(late, 100);
        OxaPaySandbox.oxapay.expire(expired.trackId());
        PAYMENT_EVENTS.awaitOne(late, PaymentExpired.class);
        asAdmin(UUID.randomUUID().toString()).body("{\"reason\":\"paid an hour late\"}")
                .post("/payments/" + expired.paymentId() + "/accept").then().statusCode(200);

        UUID waiting = UUID.randomUUID();
        var open = purchase(waiting, 100);
        asAdmin(UUID.randomUUID().toString()).body("{\"reason\":\"impatient\"}").post("/payments/" + open.paymentId() + "/accept")
                .then().statusCode(409);
        asAdmin(UUID.randomUUID().toString()).body("{}").post("/payments/" + open.paymentId() + "/accept").then()
                .statusCode(400).body("field", equalTo("reason"));
        asAdmin(UUID.randomUUID().toString()).body("{\"reason\":\"who\"}").post("/payments/" + UUID.randomUUID() + "/accept")
                .then().statusCode(404);
    }
}
