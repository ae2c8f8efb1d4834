package com.telekpr.payment.flow;

import static com.telekpr.payment.AsCaller.asStaffAdmin;
import static com.telekpr.payment.flow.PaymentTraffic.PAYMENT_EVENTS;
import static com.telekpr.payment.flow.PaymentTraffic.purchase;
import static com.telekpr.payment.flow.PaymentTraffic.send;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.telekpr.events.AccountEvent.TokensCredited;
import com.telekpr.events.PaymentEvent.PaymentConfirmed;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OxaPaySandbox.class, scope = TestResourceScope.GLOBAL)
class ReconciliationTest {

    @Test
    void aPaidInvoiceIsUnsettledUntilTheWalletReportsTheCredit() {
        UUID user = UUID.randomUUID();
        var link = purchase(user, 500);
        OxaPaySandbox.oxapay.pay(link.trackId());
        PAYMENT_EVENTS.awaitOne(user, PaymentConfirmed.class);
        asStaffAdmin().get("/reconciliation").then().statusCode(200)
                .body("paidButNotCredited.paymentId", hasItem(link.paymentId().toString()));

        send(user, new TokensCredited(link.paymentId(), 500, 500));
        Await.until("the credit is reconciled", () -> !asStaffAdmin().get("/reconciliation").then().extract()
                .<List<String>>path("paidButNotCredited.paymentId").contains(link.paymentId().toString()));
        asStaffAdmin().get("/reconciliation").then().body("byStatus.status", hasItem("paid"))
                .body("paidButNotCredited.paymentId", not(hasItem(link.paymentId().toString())));
        asStaffAdmin().queryParam("from", "yesterday").get("/reconciliation").then().statusCode(400);
    }
}
