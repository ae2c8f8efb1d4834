package com.telekpr.notification.flow;

import static com.telekpr.notification.flow.NotificationTraffic.SENDER;
import static com.telekpr.notification.flow.NotificationTraffic.awaitQueueEmpty;
import static com.telekpr.notification.flow.NotificationTraffic.received;
import static com.telekpr.notification.flow.NotificationTraffic.register;
import static com.telekpr.notification.flow.NotificationTraffic.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.AccountEvent.BalanceAdjusted;
import com.telekpr.events.AccountEvent.BalanceLow;
import com.telekpr.events.AccountEvent.TokensCredited;
import com.telekpr.events.AccountEvent.TokensDebited;
import com.telekpr.events.AccountEvent.TokensRefunded;
import com.telekpr.events.CustomerDetails;
import com.telekpr.events.CustomerEvent.CustomerRegistered;
import com.telekpr.events.CustomerEvent.CustomerRejected;
import com.telekpr.events.CustomerEvent.CustomerUpdated;
import com.telekpr.events.Envelope;
import com.telekpr.events.Message;
import com.telekpr.events.OrderEvent.OrderCancelled;
import com.telekpr.events.OrderEvent.OrderMovedInQueue;
import com.telekpr.events.OrderEvent.OrderQueued;
import com.telekpr.events.OrderEvent.OrderRejected;
import com.telekpr.events.OrderEvent.OrderStatusChanged;
import com.telekpr.events.PaymentEvent.PaymentConfirmed;
import com.telekpr.events.PaymentEvent.PaymentExpired;
import com.telekpr.events.PaymentEvent.PaymentFailed;
import com.telekpr.events.PaymentEvent.PaymentLinkCreated;
import com.telekpr.events.SubscriptionEvent.SubscriptionActivated;
import com.telekpr.events.SubscriptionEvent.SubscriptionExpired;
import com.telekpr.events.SubscriptionEvent.SubscriptionExpiring;
import com.telekpr.events.SubscriptionEvent.SubscriptionPurchaseRejected;
import com.telekpr.sandbox.telegram.SentMessage;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TelegramSandbox.class, scope = TestResourceScope.GLOBAL)
class EventNoticesTest {
    private static final UUID ORDER = UUID.fromString("a1b2c3d4-0000-4000-8000-000000000001");

    @Test
    void everyEventIsToldOnceInTheUsersLanguageEvenWhenDeliveredTwice() {
        var user = register("es", false);
        Instant expiry = Instant.parse("2026-12-24T12:00:00Z");
        Map<Message, String> told = new LinkedHashMap<>();
        told.put(new CustomerRegistered(UUID.randomUUID(), details()), "Perfil de cliente guardado: Ana Lopez");
        told.put(new OrderQueued(ORDER, 2, false, "SITES_50", "50 sitios", 1000, 4000),
                "Paquete: 50 sitios\nCosto: 1.000 tokens\nPosición en la cola: 2");
        told.put(new OrderRejected(UUID.randomUUID(), "INSUFFICIENT_BALANCE", 30, 100), "Te faltan 70 tokens");
        told.put(new OrderStatusChanged(ORDER, "pending", "processing", null, null, null), "pendiente → en proceso");
        told.put(new OrderCancelled(ORDER, "processing", null, "a pedido del cliente"), "fue cancelado: a pedido del cliente");
        told.put(new TokensRefunded(ORDER, 1000, 5000), "Se devolvieron 1.000 tokens del pedido #A1B2C3D4");
        told.put(new TokensCredited(UUID.randomUUID(), 500, 5500), "Pago confirmado: se añadieron 500 tokens");
        told.put(new BalanceLow(40, 50), "Saldo bajo: te quedan 40 tokens");
        told.put(new PaymentLinkCreated(UUID.randomUUID(), "T1", "https://pay.example/T1", expiry, 500,
                new BigDecimal("50.00")), "Paga 50.00 USD por 500 tokens");
        told.put(new SubscriptionActivated(UUID.randomUUID(), "premium", expiry, 300, 200), "Premium activo hasta el 2026-12-24 12:00");
        told.put(new SubscriptionExpiring(UUID.randomUUID(), expiry), "termina el 2026-12-24 12:00 UTC, en 3 días");
        told.put(new SubscriptionExpired(UUID.randomUUID(), expiry), "Tu suscripción premium terminó");
        told.put(new CustomerUpdated(UUID.randomUUID(), details()), "Perfil de cliente actualizado: Ana Lopez");
        told.put(new CustomerRejected(UUID.randomUUID(), List.of("email: must be a valid address")),
                "El perfil de cliente no se guardó:\n• email: must be a valid address");
        told.put(new OrderMovedInQueue(ORDER, 1), "pasó a la posición 1 de la cola");
        told.put(new BalanceAdjusted(100, 5100, "bonus", UUID.randomUUID()), "Tu saldo se ajustó en +100 tokens: bonus");
        told.put(new PaymentExpired(UUID.randomUUID(), "T2"), "El pago T2 venció sin pagarse");
        told.put(new PaymentFailed(UUID.randomUUID(), "pago insuficiente"), "No se pudo completar el pago: pago insuficiente");
        told.put(new SubscriptionPurchaseRejected(UUID.randomUUID(), "premium", "INSUFFICIENT_BALANCE", 100, 300),
                "No se compró Premium: cuesta 300 tokens y tu saldo es 100");
        for (Message event : told.keySet()) {
            Envelope envelope = send(user.id(), event);
            SENDER.send(envelope); // redelivered: must not be told twice
        }
        send(user.id(), new TokensDebited(ORDER, 1000, 4000)); // told by OrderQueued
        send(user.id(), new PaymentConfirmed(UUID.randomUUID(), "T1", 500, new BigDecimal("50.00"))); // by TokensCredited
        send(user.id(), new OrderStatusChanged(ORDER, "processing", "cancelled", null, null, null)); // by OrderCancelled

        List<SentMessage> messages = received(user.chatId(), told.size());
        awaitQueueEmpty();
        messages = TelegramSandbox.telegram.messages(user.chatId());
        assertEquals(told.size(), messages.size(), "one message per event: " + texts(messages));
        for (String expected : told.values()) {
            assertEquals(1, messages.stream().filter(m -> m.text().contains(expected)).count(),
                    "'" + expected + "' in " + texts(messages));
        }
        var link = messages.stream().filter(m -> m.text().contains("Paga 50.00")).findFirst().orElseThrow();
        assertEquals("https://pay.example/T1", link.keyboard().get(0).get(0).url());
        var rejected = messages.stream().filter(m -> m.text().contains("Te faltan")).findFirst().orElseThrow();
        assertEquals("menu:tokens", rejected.keyboard().get(0).get(0).callbackData());
    }

    @Test
    void anEventAboutAUserNotYetKnownIsToldOnceTheyAre() {
        UUID early = UUID.randomUUID();
        send(early, new TokensCredited(UUID.randomUUID(), 250, 250));
        com.telekpr.testkit.Await.until("the notice is held", () -> com.telekpr.testkit.Sql.count(
                "select count(*) from notification.held_notices where user_id = ?", early) == 1);
        long chat = 8_100_000_000L + (early.getLeastSignificantBits() & 0xFFFFFF);
        send(early, new com.telekpr.events.UserEvent.UserRegistered(chat, chat, "late", "Late User", "en", false, false));
        var messages = received(chat, 1);
        assertTrue(messages.get(0).text().startsWith("💰 Payment confirmed: 250 tokens added."), messages.get(0).text());
    }

    private static CustomerDetails details() {
        return new CustomerDetails("Ana", null, "Lopez", "ana@example.com", "+12025550123", "female",
                java.time.LocalDate.of(1990, 1, 2), "1 Main St", null, "Austin", "TX", "73301", "US", null, null);
    }

    private static List<String> texts(List<SentMessage> messages) {
        return messages.stream().map(SentMessage::text).toList();
    }
}
