package com.telekpr.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.OrderCommand.PlaceOrder;
import com.telekpr.events.OrderEvent.OrderPlaced;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EnvelopeCodecTest {
    private final PlaceOrder placeOrder = new PlaceOrder(UUID.randomUUID(), UUID.randomUUID(), "SITES_100", false);

    @Test
    void aFirstMessageCorrelatesWithItselfAndACausedOneInheritsTheChain() {
        UUID user = UUID.randomUUID();
        Envelope command = Envelope.first("bot-gateway", user, "order-1", placeOrder);
        Envelope event = Envelope.causedBy(command, "order-service", "order-1",
                new OrderPlaced(placeOrder.orderId(), placeOrder.customerProfileId(), "SITES_100", "100 sites", 100,
                        false, 100, false, false));

        assertEquals(command.id(), command.correlationId());
        assertNull(command.causationId());
        assertEquals(command.correlationId(), event.correlationId());
        assertEquals(command.id(), event.causationId());
        assertEquals(user, event.userId());
        assertEquals(Topics.ORDER_COMMANDS, command.topic());
        assertEquals(Topics.ORDER_EVENTS, event.topic());
        assertEquals(user.toString(), event.key());
    }

    @Test
    void aMessageAboutNoUserIsKeyedByItsSubject() {
        var changed = new CatalogueEvent.CatalogueChanged(java.util.List.of());
        Envelope envelope = Envelope.first("order-service", null, CatalogueEvent.CatalogueChanged.SUBJECT, changed);
        assertEquals(Topics.ORDER_EVENTS, envelope.topic());
        assertEquals("catalogue", envelope.key());
    }

    @Test
    void newsFromAThirdPartyJoinsTheChainItBelongsTo() {
        UUID chain = UUID.randomUUID();
        Envelope later = Envelope.inChain(chain, "payment-service", UUID.randomUUID(), "p", placeOrder);
        assertEquals(chain, later.correlationId());
        assertNull(later.causationId());
    }

    @Test
    void aFreshEnvelopeRoundTripsExactly() {
        Envelope envelope = Envelope.first("bot-gateway", UUID.randomUUID(), "s", placeOrder);
        assertEquals(envelope, EnvelopeCodec.decode(EnvelopeCodec.encode(envelope)));
    }

    @Test
    void moneyKeepsItsScale() {
        var link = new PaymentEvent.PaymentLinkCreated(UUID.randomUUID(), "t", "https://pay", java.time.Instant.EPOCH,
                500, new java.math.BigDecimal("50.00"));
        var decoded = (PaymentEvent.PaymentLinkCreated) EnvelopeCodec.decode(EnvelopeCodec.encode(
                Envelope.first("payment-service", UUID.randomUUID(), "p", link))).data();
        assertEquals("50.00", decoded.amountUsd().toPlainString());
    }

    @Test
    void malformedJsonIsRefusedWithTheReason() {
        var error = assertThrows(MalformedMessageException.class, () -> EnvelopeCodec.decode("{not json"));
        assertTrue(error.getMessage().startsWith("message is not valid JSON"), error.getMessage());
        assertThrows(MalformedMessageException.class, () -> EnvelopeCodec.decode(""));
        assertThrows(MalformedMessageException.class, () -> EnvelopeCodec.decode("[1,2]"));
    }

    @Test
    void anUnknownTypeIsRefusedByName() {
        String json = EnvelopeCodec.encode(Envelope.first("x", UUID.randomUUID(), "s", placeOrder))
                .replace("\"PlaceOrder\"", "\"LaunchRocket\"");
        var error = assertThrows(MalformedMessageException.class, () -> EnvelopeCodec.decode(json));
        assertEquals("unknown message type 'LaunchRocket'", error.getMessage());
    }

    @Test
    void missingEnvelopeFieldsAreNamed() {
        String json = EnvelopeCodec.encode(Envelope.first("x", UUID.randomUUID(), "s", placeOrder))
                .replaceFirst("\"id\":\"[^\"]+\",", "");
        var error = assertThrows(MalformedMessageException.class, () -> EnvelopeCodec.decode(json));
        assertEquals("envelope field 'id' is missing", error.getMessage());
    }

    @Test
    void dataOfTheWrongShapeIsRefused() {
        String json = EnvelopeCodec.encode(Envelope.first("x", UUID.randomUUID(), "s", placeOrder))
                .replace("\"emailConfirmation\":false", "\"emailConfirmation\":{\"nested\":1}");
        var error = assertThrows(MalformedMessageException.class, () -> EnvelopeCodec.decode(json));
        assertTrue(error.getMessage().startsWith("PlaceOrder data does not fit its record"), error.getMessage());
    }

    @Test
    void aVersionNewerThanTheReaderKnowsIsRefused() {
        String json = EnvelopeCodec.encode(Envelope.first("x", UUID.randomUUID(), "s", placeOrder))
                .replace("\"version\":1", "\"version\":7");
        var error = assertThrows(MalformedMessageException.class, () -> EnvelopeCodec.decode(json));
        assertTrue(error.getMessage().contains("version 7 is not readable"), error.getMessage());
    }

    @Test
    void unknownDataFieldsFromANewerProducerAreIgnored() {
        String json = EnvelopeCodec.encode(Envelope.first("x", UUID.randomUUID(), "s", placeOrder))
                .replace("\"emailConfirmation\":false", "\"emailConfirmation\":false,\"giftWrap\":true");
        assertEquals(placeOrder, EnvelopeCodec.decode(json).data());
    }
}
