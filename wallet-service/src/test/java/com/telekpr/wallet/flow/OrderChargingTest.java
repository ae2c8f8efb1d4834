package com.telekpr.wallet.flow;

import static com.telekpr.wallet.flow.WalletTraffic.SENDER;
import static com.telekpr.wallet.flow.WalletTraffic.WALLET_EVENTS;
import static com.telekpr.wallet.flow.WalletTraffic.balanceOf;
import static com.telekpr.wallet.flow.WalletTraffic.fund;
import static com.telekpr.wallet.flow.WalletTraffic.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.AccountEvent.BalanceLow;
import com.telekpr.events.AccountEvent.TokenDebitRejected;
import com.telekpr.events.AccountEvent.TokensCredited;
import com.telekpr.events.AccountEvent.TokensDebited;
import com.telekpr.events.AccountEvent.TokensRefunded;
import com.telekpr.events.CatalogueEvent.CatalogueChanged;
import com.telekpr.events.Envelope;
import com.telekpr.events.OrderEvent.OrderCancelled;
import com.telekpr.events.OrderEvent.OrderPlaced;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OrderChargingTest {

    static OrderPlaced order(UUID orderId, int cost) {
        return new OrderPlaced(orderId, UUID.randomUUID(), "SITES_100", "100 sites", 100, false, cost, false, false);
    }

    @Test
    void anAffordableOrderIsDebitedAndAnUnaffordableOneRejectedWithWhatIsMissing() {
        UUID user = UUID.randomUUID();
        fund(user, 500);
        UUID affordable = UUID.randomUUID();
        UUID tooDear = UUID.randomUUID();
        send(user, order(affordable, 100));
        send(user, order(tooDear, 1000));

        assertEquals(new TokensDebited(affordable, 100, 400), WALLET_EVENTS.awaitOne(user, TokensDebited.class));
        assertEquals(new TokenDebitRejected(tooDear, "INSUFFICIENT_BALANCE", 400, 1000),
                WALLET_EVENTS.awaitOne(user, TokenDebitRejected.class));
        assertEquals(400, balanceOf(user));
    }

    @Test
    void aCancelledOrderGetsBackWhatWasDebitedAndARejectedOneNothing() {
        UUID user = UUID.randomUUID();
        fund(user, 150);
        UUID debited = UUID.randomUUID();
        UUID rejected = UUID.randomUUID();
        send(user, order(debited, 100));
        send(user, order(rejected, 900));
        WALLET_EVENTS.awaitOne(user, TokenDebitRejected.class);

        send(user, new OrderCancelled(rejected, "awaiting_tokens", user, "too dear"));
        send(user, new OrderCancelled(debited, "pending", user, "changed my mind"));

        assertEquals(new TokensRefunded(debited, 100, 150), WALLET_EVENTS.awaitOne(user, TokensRefunded.class));
        // the rejected order's cancellation was handled before the refund above (same user, same partition)
        assertEquals(1, WALLET_EVENTS.of(user, TokensRefunded.class).size());
        assertEquals(150, balanceOf(user));
    }

    @Test
    void catalogueNewsAboutNoUserIsTakenAndMovesNoTokens() {
        Envelope changed = Envelope.first("order-service", null, CatalogueChanged.SUBJECT, new CatalogueChanged(List.of()));
        SENDER.send(changed);
        // recorded as processed, not dead-lettered: the inbox records only what its effect took
        Await.until("CatalogueChanged processed", () -> Sql.count(
                "select count(*) from wallet.processed_messages where message_id = ?", changed.id()) == 1);
    }

    @Test
    void aDebitThatCrossesFiftyWarnsOfALowBalanceOnce() {
        UUID user = UUID.randomUUID();
        fund(user, 120);
        send(user, order(UUID.randomUUID(), 80));
        send(user, order(UUID.randomUUID(), 10));
        WALLET_EVENTS.await(user, TokensDebited.class, 2);

        assertEquals(1, WALLET_EVENTS.of(user, BalanceLow.class).size());
        assertEquals(new BalanceLow(40, 50), WALLET_EVENTS.of(user, BalanceLow.class).get(0));
    }

    @Test
    void aPaymentIsCreditedWithTheNewBalance() {
        UUID user = UUID.randomUUID();
        fund(user, 300);
        fund(user, 200);
        var credits = WALLET_EVENTS.await(user, TokensCredited.class, 2);
        assertEquals(500, credits.get(1).balanceAfter());
        assertTrue(balanceOf(user) == 500);
    }
}
