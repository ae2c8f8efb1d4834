package com.telekpr.wallet.flow;

import static com.telekpr.wallet.AsCaller.asBotGateway;
import static com.telekpr.wallet.flow.WalletTraffic.WALLET_EVENTS;
import static com.telekpr.wallet.flow.WalletTraffic.send;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.events.AccountEvent.AccountOpened;
import com.telekpr.events.UserEvent.UserRegistered;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AccountOpeningTest {

    @Test
    void aRegisteredUserGetsAnEmptyAccountOnce() {
        UUID user = UUID.randomUUID();
        var registered = new UserRegistered(42L, 42L, "sarah", "Sarah Miller", "en", false, false);
        send(user, registered);
        send(user, registered);

        assertEquals(new AccountOpened(0), WALLET_EVENTS.awaitOne(user, AccountOpened.class));
        asBotGateway().get("/accounts/" + user).then().statusCode(200)
                .body("balance", equalTo(0)).body("subscription", nullValue());
        // the second registration (a new message id, same user) opened nothing more
        WalletTraffic.fund(user, 10);
        assertEquals(1, WALLET_EVENTS.of(user, AccountOpened.class).size());
    }

    @Test
    void anUnknownUserIsNotFound() {
        asBotGateway().get("/accounts/" + UUID.randomUUID()).then().statusCode(404)
                .body("error", equalTo("not_found"));
        asBotGateway().get("/accounts/" + UUID.randomUUID() + "/transactions").then().statusCode(404);
    }

    @Test
    void aMalformedUserIdIsABadRequestNamingIt() {
        asBotGateway().get("/accounts/not-a-uuid").then().statusCode(400)
                .body("field", equalTo("userId"))
                .body("message", equalTo("userId must be a UUID, was 'not-a-uuid'"));
    }
}
