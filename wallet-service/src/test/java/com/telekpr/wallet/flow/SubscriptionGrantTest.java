package com.telekpr.wallet.flow;

import static com.telekpr.wallet.flow.WalletTraffic.WALLET_EVENTS;
import static com.telekpr.wallet.flow.WalletTraffic.balanceOf;
import static com.telekpr.wallet.flow.WalletTraffic.fund;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.SubscriptionEvent.SubscriptionActivated;
import com.telekpr.events.SubscriptionEvent.SubscriptionExpired;
import com.telekpr.testkit.TelekprInfrastructure;
import com.telekpr.testkit.TestCallers;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An admin grants, extends and cancels premium without a charge; each told as for a purchase, once per key. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SubscriptionGrantTest {
    private final String adminToken = TestCallers.staffToken("admin");

    private ValidatableResponse change(UUID user, String body, String key) {
        var request = RestAssured.given().auth().oauth2(adminToken).contentType("application/json");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.body(body).post("/accounts/" + user + "/subscription").then();
    }

    @Test
    void aGrantIsFreeAnExtensionAddsToItAndACancelEndsItNow() {
        UUID user = UUID.randomUUID();
        fund(user, 100);
        String key = UUID.randomUUID().toString();
        change(user, "{\"action\":\"grant\",\"days\":7,\"reason\":\"apology\"}", key).statusCode(200)
                .body("status", equalTo("active"));
        change(user, "{\"action\":\"grant\",\"days\":7,\"reason\":\"apology\"}", key).statusCode(200);
        var granted = WALLET_EVENTS.awaitOne(user, SubscriptionActivated.class);
        assertEquals(0, granted.priceTokens());
        assertEquals(100, granted.balanceAfter());
        assertEquals(100, balanceOf(user), "a grant costs nothing");

        change(user, "{\"action\":\"extend\",\"days\":3,\"reason\":\"loyalty\"}", null).statusCode(200);
        var extended = WALLET_EVENTS.await(user, SubscriptionActivated.class, 2).get(1);
        assertEquals(Duration.ofDays(3), Duration.between(granted.expiresAt(), extended.expiresAt()));

        change(user, "{\"action\":\"cancel\",\"reason\":\"abuse\"}", null).statusCode(200).body("status", equalTo("expired"));
        var expired = WALLET_EVENTS.awaitOne(user, SubscriptionExpired.class);
        assertTrue(expired.expiredAt().isBefore(Instant.now().plusSeconds(1)));
        assertEquals(2, WALLET_EVENTS.of(user, SubscriptionActivated.class).size(), "the repeated grant was answered, not made");
    }

    @Test
    void whatTheStateRefusesIsAConflictAndBadInputIsNamed() {
        UUID user = UUID.randomUUID();
        fund(user, 10);
        change(user, "{\"action\":\"extend\",\"days\":3,\"reason\":\"x\"}", null).statusCode(409)
                .body("error", equalTo("subscription_change_refused"));
        change(user, "{\"action\":\"cancel\",\"reason\":\"x\"}", null).statusCode(409);
        change(user, "{\"action\":\"grant\",\"days\":0,\"reason\":\"x\"}", null).statusCode(400).body("field", equalTo("days"));
        change(user, "{\"action\":\"gift\",\"days\":3,\"reason\":\"x\"}", null).statusCode(400).body("field", equalTo("action"));
        change(user, "{\"action\":\"grant\",\"days\":3}", null).statusCode(400).body("field", equalTo("reason"));
        change(UUID.randomUUID(), "{\"action\":\"grant\",\"days\":3,\"reason\":\"x\"}", null).statusCode(404);
    }
}
