package com.telekpr.gateway.flow;

import static com.telekpr.gateway.flow.GatewayTraffic.textsTo;
import static com.telekpr.gateway.flow.GatewayTraffic.userIdOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.testkit.Await;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** At startup the gateway registers its webhook with the secret; the sandbox then posts each update to it. */
@QuarkusTest
@TestProfile(IngressProfiles.Webhook.class)
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TelegramSandbox.class, scope = TestResourceScope.GLOBAL)
class WebhookRegistrationTest {

    @Test
    void updatesArriveThroughTheRegisteredWebhook() {
        var person = TelegramSandbox.telegram.createUser("Omar", null, "omar", "es");
        TelegramSandbox.telegram.userSays(person, "/start");
        var user = userIdOf(person.id());
        assertTrue(textsTo(user, 1).get(0).startsWith("👋 ¡Bienvenido a TeleKpr, Omar!"));
        Await.until("the update is confirmed by the webhook's 200", () -> TelegramSandbox.telegram.pendingUpdateCount() == 0);
        TelegramSandbox.telegram.userSays(person, "/help");
        assertTrue(textsTo(user, 2).get(1).startsWith("ℹ️ TeleKpr — lo que puedo hacer"));
    }
}
