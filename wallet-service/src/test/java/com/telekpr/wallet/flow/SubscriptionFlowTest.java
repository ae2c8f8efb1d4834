package com.telekpr.wallet.flow;

import static com.telekpr.wallet.AsCaller.asBotGateway;
import static com.telekpr.wallet.flow.WalletTraffic.WALLET_EVENTS;
import static com.telekpr.wallet.flow.WalletTraffic.balanceOf;
import static com.telekpr.wallet.flow.WalletTraffic.fund;
import static com.telekpr.wallet.flow.WalletTraffic.send;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.events.SubscriptionEvent.SubscriptionActivated;
import com.telekpr.events.SubscriptionEvent.SubscriptionExpired;
import com.telekpr.events.SubscriptionEvent.SubscriptionExpiring;
import com.telekpr.events.SubscriptionEvent.SubscriptionPurchaseRejected;
import com.telekpr.events.WalletCommand.PurchaseSubscription;
import com.telekpr.testkit.TelekprInfrastructure;
import com.telekpr.wallet.application.SubscriptionExpiry;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SubscriptionFlowTest {
    @Inject
    SubscriptionExpiry expiry;

    @Test
    void buyingTwiceExtendsFromTheCurrentExpiryAndChargesEachTime() {
        UUID user = UUID.randomUUID();
        fund(user, 700);
        send(user, new PurchaseSubscription(UUID.randomUUID(), "premium"));
        send(user, new PurchaseSubscription(UUID.randomUUID(), "premium"));

        var activations = WALLET_EVENTS.await(user, SubscriptionActivated.class, 2);
        assertEquals(Duration.ofDays(30), Duration.between(activations.get(0).expiresAt(),
                activations.get(1).expiresAt()));
        assertEquals(activations.get(0).subscriptionId(), activations.get(1).subscriptionId());
        assertEquals(400, activations.get(0).balanceAfter());
        assertEquals(100, activations.get(1).balanceAfter());
        assertEquals(100, balanceOf(user));
        asBotGateway().get("/accounts/" + user).then().body("subscription.active", equalTo(true))
                .body("subscription.type", equalTo("premium"));
    }

    @Test
    void thePlanOnSaleIsPublishedForTheBot() {
        asBotGateway().get("/subscription-plan").then().statusCode(200).body("type", equalTo("premium"))
                .body("priceTokens", equalTo(300)).body("periodDays", equalTo(30));
    }

    @Test
    void aPurchaseWithoutEnoughTokensIsRefusedWithTheReason() {
        UUID user = UUID.randomUUID();
        fund(user, 120);
        UUID request = UUID.randomUUID();
        send(user, new PurchaseSubscription(request, "premium"));

        assertEquals(new SubscriptionPurchaseRejected(request, "premium", "INSUFFICIENT_BALANCE", 120, 300),
                WALLET_EVENTS.awaitOne(user, SubscriptionPurchaseRejected.class));
        assertEquals(120, balanceOf(user));
    }

    @Test
    void theReminderComesOnceThreeDaysBeforeAndTheEndExpiresIt() throws Throwable {
        UUID user = UUID.randomUUID();
        fund(user, 300);
        send(user, new PurchaseSubscription(UUID.randomUUID(), "premium"));
        Instant end = WALLET_EVENTS.awaitOne(user, SubscriptionActivated.class).expiresAt();

        checkAt(end.minus(Duration.ofDays(2)));
        checkAt(end.minus(Duration.ofDays(1)));
        assertEquals(end, WALLET_EVENTS.awaitOne(user, SubscriptionExpiring.class).expiresAt());
        checkAt(end.plusSeconds(1));
        assertEquals(end, WALLET_EVENTS.awaitOne(user, SubscriptionExpired.class).expiredAt());

        assertEquals(1, WALLET_EVENTS.of(user, SubscriptionExpiring.class).size());
        asBotGateway().get("/accounts/" + user).then().body("subscription.status", equalTo("expired"))
                .body("subscription.active", equalTo(false));
    }

    private void checkAt(Instant now) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> expiry.checkAt(now));
    }
}
