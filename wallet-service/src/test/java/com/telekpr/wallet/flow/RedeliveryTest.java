package com.telekpr.wallet.flow;

import static com.telekpr.wallet.flow.WalletTraffic.SENDER;
import static com.telekpr.wallet.flow.WalletTraffic.WALLET_EVENTS;
import static com.telekpr.wallet.flow.WalletTraffic.balanceOf;
import static com.telekpr.wallet.flow.WalletTraffic.from;
import static com.telekpr.wallet.flow.WalletTraffic.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.events.AccountEvent.TokensCredited;
import com.telekpr.events.AccountEvent.TokensDebited;
import com.telekpr.events.AccountEvent.TokensRefunded;
import com.telekpr.events.Envelope;
import com.telekpr.events.OrderEvent.OrderCancelled;
import com.telekpr.events.PaymentEvent.PaymentConfirmed;
import com.telekpr.events.SubscriptionEvent.SubscriptionPurchaseRejected;
import com.telekpr.events.Topics;
import com.telekpr.events.WalletCommand.PurchaseSubscription;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Kafka delivers at least once: the same message three times must move tokens once. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RedeliveryTest {

    @Test
    void theSamePaymentOrderAndCancellationDeliveredThreeTimesMoveTokensOnce() {
        UUID user = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        Envelope paid = from(user, new PaymentConfirmed(UUID.randomUUID(), "t-1", 500, BigDecimal.TEN));
        Envelope placed = from(user, OrderChargingTest.order(order, 120));
        Envelope cancelled = from(user, new OrderCancelled(order, "pending", user, "duplicate test"));
        for (Envelope message : new Envelope[] {paid, paid, paid, placed, placed, placed, cancelled, cancelled,
                cancelled}) {
            SENDER.send(message);
        }
        WALLET_EVENTS.awaitOne(user, TokensRefunded.class);
        // a sentinel after the repeats: once it is answered, every repeat before it has been handled
        send(user, new PurchaseSubscription(UUID.randomUUID(), "gold"));
        WALLET_EVENTS.awaitOne(user, SubscriptionPurchaseRejected.class);

        assertEquals(1, WALLET_EVENTS.of(user, TokensCredited.class).size());
        assertEquals(1, WALLET_EVENTS.of(user, TokensDebited.class).size());
        assertEquals(1, WALLET_EVENTS.of(user, TokensRefunded.class).size());
        assertEquals(500, balanceOf(user));
        assertEquals(3, Sql.count("select count(*) from wallet.token_transactions where user_id = ?", user));
    }

    @Test
    void theSamePaymentUnderANewMessageIdIsStillCreditedOnce() {
        UUID user = UUID.randomUUID();
        var payment = new PaymentConfirmed(UUID.randomUUID(), "t-2", 70, BigDecimal.ONE);
        send(user, payment);
        send(user, payment);
        send(user, new PurchaseSubscription(UUID.randomUUID(), "gold"));
        WALLET_EVENTS.awaitOne(user, SubscriptionPurchaseRejected.class);

        assertEquals(1, WALLET_EVENTS.of(user, TokensCredited.class).size());
        assertEquals(70, balanceOf(user));
    }

    @Test
    void aMalformedCommandIsDeadLetteredAndTheNextOneIsHandled() {
        UUID user = UUID.randomUUID();
        SENDER.sendRaw(Topics.WALLET_COMMANDS, user.toString(), "{\"type\":\"PurchaseSubscription\"}");
        send(user, new PurchaseSubscription(UUID.randomUUID(), "gold"));
        assertEquals("UNKNOWN_PLAN", WALLET_EVENTS.awaitOne(user, SubscriptionPurchaseRejected.class).reason());
    }
}
