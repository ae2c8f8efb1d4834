package com.telekpr.payment.flow;

import static com.telekpr.payment.flow.PaymentTraffic.PAYMENT_EVENTS;
import static com.telekpr.payment.flow.PaymentTraffic.purchase;
import static com.telekpr.payment.flow.PaymentTraffic.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.PaymentEvent.PaymentConfirmed;
import com.telekpr.events.UserEvent.UserErased;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** UserErased: OxaPay's callbacks about the person keep what reconciliation reads and lose the payer's email. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OxaPaySandbox.class, scope = TestResourceScope.GLOBAL)
class PersonErasureTest {

    @Test
    void theCallbacksOfAnErasedPersonsPaymentsLoseTheirEmailAndKeepTheirAmounts() {
        UUID user = UUID.randomUUID();
        var link = purchase(user, 100);
        OxaPaySandbox.oxapay.pay(link.trackId());
        PAYMENT_EVENTS.awaitOne(user, PaymentConfirmed.class);
        String before = (String) Sql.column("select raw_body from payment.webhook_log where track_id = ?", link.trackId())
                .get(0);
        assertTrue(before.contains("\"email\""), before);

        send(user, new UserErased());

        Await.until("the callbacks scrubbed", () -> Sql.count("select count(*) from payment.webhook_log where track_id = ?"
                + " and raw_body not like '%\"email\"%'", link.trackId()) > 0);
        for (Object body : Sql.column("select raw_body from payment.webhook_log where track_id = ?", link.trackId())) {
            String kept = (String) body;
            assertFalse(kept.contains("email") || kept.contains("note") || kept.contains("description"), kept);
            assertTrue(kept.contains(link.trackId()) && kept.contains("\"status\""), kept);
        }
        assertEquals(1, PAYMENT_EVENTS.of(user, PaymentConfirmed.class).size());
    }
}
