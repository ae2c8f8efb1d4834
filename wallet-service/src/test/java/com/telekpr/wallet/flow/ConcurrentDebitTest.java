package com.telekpr.wallet.flow;

import static com.telekpr.wallet.AsCaller.asStaffAdmin;
import static com.telekpr.wallet.flow.WalletTraffic.WALLET_EVENTS;
import static com.telekpr.wallet.flow.WalletTraffic.balanceOf;
import static com.telekpr.wallet.flow.WalletTraffic.fund;
import static com.telekpr.wallet.flow.WalletTraffic.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.events.AccountEvent.TokenDebitRejected;
import com.telekpr.events.AccountEvent.TokensDebited;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ConcurrentDebitTest {
    private static final int ORDERS = 200;
    private static final int COST = 30;
    private static final int FUNDS = 1000;

    @Test
    void twoHundredOrdersAgainstABalanceForThirtyThreeDebitExactlyTheAffordableOnes() throws Exception {
        UUID user = UUID.randomUUID();
        fund(user, FUNDS);
        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<UUID> orders = IntStream.range(0, ORDERS).mapToObj(i -> UUID.randomUUID()).toList();
        // admin corrections race the saga on the same account: +5 then -5, net zero
        orders.forEach(order -> senders.submit(() -> send(user, OrderChargingTest.order(order, COST))));
        senders.submit(() -> adjust(user, 5));
        senders.submit(() -> adjust(user, -5));
        senders.shutdown();
        senders.awaitTermination(2, TimeUnit.MINUTES);

        Await.until("every order has its one outcome", () -> WALLET_EVENTS.of(user, TokensDebited.class).size()
                + WALLET_EVENTS.of(user, TokenDebitRejected.class).size() == ORDERS);
        int debited = WALLET_EVENTS.of(user, TokensDebited.class).size();
        assertEquals(FUNDS / COST, debited);
        assertEquals(ORDERS - FUNDS / COST, WALLET_EVENTS.of(user, TokenDebitRejected.class).size());
        assertEquals(FUNDS - debited * COST, balanceOf(user));
        asStaffAdmin().get("/ledger/verification").then().statusCode(200)
                .body("consistent", org.hamcrest.Matchers.equalTo(true));
    }

    private static void adjust(UUID user, int amount) {
        asStaffAdmin().contentType("application/json").body("{\"amount\":" + amount + ",\"reason\":\"race\"}")
                .post("/accounts/" + user + "/adjustments").then().statusCode(200);
    }
}
