package com.telekpr.payment.flow;

import static com.telekpr.payment.AsCaller.asBotGateway;
import static com.telekpr.payment.flow.PaymentTraffic.PAYMENT_EVENTS;
import static com.telekpr.payment.flow.PaymentTraffic.purchase;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.events.PaymentEvent.PaymentConfirmed;
import com.telekpr.events.PaymentEvent.PaymentLinkCreated;
import com.telekpr.payment.application.PaymentPoller;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OxaPaySandbox.class, scope = TestResourceScope.GLOBAL)
class CallbackSecurityTest {
    @Inject
    PaymentPoller poller;

    @AfterEach
    void behave() {
        OxaPaySandbox.oxapay.misbehave().reset();
    }

    private static String sign(String body, String key) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA512");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void forgedMissingOrMalformedCallbacksChangeNothing() throws Exception {
        UUID user = UUID.randomUUID();
        PaymentLinkCreated link = purchase(user, 100);
        String paid = "{\"track_id\":\"" + link.trackId() + "\",\"status\":\"Paid\",\"order_id\":\"" + link.paymentId() + "\"}";
        long logged = Sql.count("select count(*) from payment.webhook_log");

        given().body(paid).header("HMAC", sign(paid, "guessed-key")).post("/oxapay/webhook").then().statusCode(401);
        given().body(paid).post("/oxapay/webhook").then().statusCode(401);
        String garbage = "[1,2,3]";
        given().body(garbage).header("HMAC", sign(garbage, OxaPaySandbox.KEY)).post("/oxapay/webhook").then()
                .statusCode(400);
        given().body("x".repeat(70_000)).header("HMAC", "00").post("/oxapay/webhook").then().statusCode(413);

        assertEquals(logged, Sql.count("select count(*) from payment.webhook_log"));
        asBotGateway().get("/payments/" + link.paymentId()).then().body("status", equalTo("new"));
        given().body(paid).header("HMAC", sign(paid, OxaPaySandbox.KEY)).post("/oxapay/webhook").then()
                .statusCode(200).body(equalTo("ok"));
        PAYMENT_EVENTS.awaitOne(user, PaymentConfirmed.class);
    }

    @Test
    void aLostCallbackIsMadeGoodByThePoller() throws Throwable {
        UUID user = UUID.randomUUID();
        PaymentLinkCreated link = purchase(user, 250);
        OxaPaySandbox.oxapay.misbehave().dropNextWebhooks(2);
        OxaPaySandbox.oxapay.pay(link.trackId());
        asBotGateway().get("/payments/" + link.paymentId()).then().body("status", equalTo("new"));

        VertxContextSupport.subscribeAndAwait(() -> poller.pollAt(Instant.now().plus(Duration.ofMinutes(10))));
        assertEquals(250, PAYMENT_EVENTS.awaitOne(user, PaymentConfirmed.class).tokens());
        asBotGateway().get("/payments/" + link.paymentId()).then().body("status", equalTo("paid"));
    }
}
