package com.telekpr.payment.flow;

import static com.telekpr.payment.AsCaller.asBotGateway;
import static com.telekpr.payment.flow.PaymentTraffic.PAYMENT_EVENTS;
import static com.telekpr.payment.flow.PaymentTraffic.purchase;
import static com.telekpr.payment.flow.PaymentTraffic.send;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.PaymentCommand.CreateTokenPurchase;
import com.telekpr.events.PaymentEvent.PaymentConfirmed;
import com.telekpr.events.PaymentEvent.PaymentExpired;
import com.telekpr.events.PaymentEvent.PaymentFailed;
import com.telekpr.payment.domain.Payment;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OxaPaySandbox.class, scope = TestResourceScope.GLOBAL)
class PurchaseFlowTest {

    @AfterEach
    void behave() {
        OxaPaySandbox.oxapay.misbehave().reset();
    }

    @Test
    void aPaidInvoiceIsConfirmedOnceWithItsTokens() {
        UUID user = UUID.randomUUID();
        var link = purchase(user, 500);
        assertEquals(new BigDecimal("50.00"), link.amountUsd());
        UUID chain = PAYMENT_EVENTS.envelopesOf(user).get(0).correlationId();
        assertTrue(link.paymentUrl().startsWith(OxaPaySandbox.oxapay.baseUrl() + "/pay/"));

        OxaPaySandbox.oxapay.pay(link.trackId());
        var confirmed = PAYMENT_EVENTS.awaitOne(user, PaymentConfirmed.class);
        assertEquals(new PaymentConfirmed(link.paymentId(), link.trackId(), 500, new BigDecimal("50.00")), confirmed);
        assertEquals(chain, PAYMENT_EVENTS.envelopesOf(user).get(1).correlationId(), "the bot's request chain goes on");
        asBotGateway().get("/payments/" + link.paymentId()).then().statusCode(200).body("status", equalTo("paid"));
        asBotGateway().queryParam("userId", UUID.randomUUID().toString()).get("/payments/" + link.paymentId()).then()
                .statusCode(404);
    }

    @Test
    void replayedAndOutOfOrderCallbacksNeverConfirmTwiceNorGoBack() {
        UUID user = UUID.randomUUID();
        var link = purchase(user, 100);
        OxaPaySandbox.oxapay.misbehave().duplicateWebhooks(true);
        OxaPaySandbox.oxapay.sendStatuses(link.trackId(), "paid", "paying", "paid", "expired");

        PAYMENT_EVENTS.awaitOne(user, PaymentConfirmed.class);
        Await.until("every callback is logged", () -> com.telekpr.testkit.Sql.count(
                "select count(*) from payment.webhook_log where track_id = ?", link.trackId()) == 8);
        assertEquals(1, PAYMENT_EVENTS.of(user, PaymentConfirmed.class).size());
        assertEquals(0, PAYMENT_EVENTS.of(user, PaymentExpired.class).size());
        asBotGateway().get("/payments/" + link.paymentId()).then().body("status", equalTo("paid"));
    }

    @Test
    void expiredAndUnderpaidInvoicesAreReportedAndNeverCredited() {
        UUID expiring = UUID.randomUUID();
        var expiredLink = purchase(expiring, 100);
        OxaPaySandbox.oxapay.expire(expiredLink.trackId());
        assertEquals(expiredLink.paymentId(), PAYMENT_EVENTS.awaitOne(expiring, PaymentExpired.class).paymentId());

        UUID short_ = UUID.randomUUID();
        var underpaidLink = purchase(short_, 100);
        OxaPaySandbox.oxapay.underpay(underpaidLink.trackId());
        assertEquals(Payment.UNDERPAID_MESSAGE, PAYMENT_EVENTS.awaitOne(short_, PaymentFailed.class).reason());
        assertEquals(0, PAYMENT_EVENTS.of(short_, PaymentConfirmed.class).size());
    }

    @Test
    void oxaPayFailingOrAnAmountOutOfRangeIsAUserSafeFailure() {
        UUID user = UUID.randomUUID();
        OxaPaySandbox.oxapay.misbehave().failCreateWith(503);
        UUID payment = UUID.randomUUID();
        send(user, new CreateTokenPurchase(payment, 500));
        assertEquals(new PaymentFailed(payment, Payment.NO_LINK_MESSAGE), PAYMENT_EVENTS.awaitOne(user, PaymentFailed.class));
        asBotGateway().get("/payments/" + payment).then().body("status", equalTo("failed"));

        UUID greedy = UUID.randomUUID();
        send(greedy, new CreateTokenPurchase(UUID.randomUUID(), 10));
        assertEquals("Please choose between 50 and 100000 tokens.", PAYMENT_EVENTS.awaitOne(greedy, PaymentFailed.class).reason());
    }
}
