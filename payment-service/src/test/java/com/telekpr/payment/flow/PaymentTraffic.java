package com.telekpr.payment.flow;

import com.telekpr.events.Envelope;
import com.telekpr.events.PaymentCommand.CreateTokenPurchase;
import com.telekpr.events.PaymentEvent.PaymentLinkCreated;
import com.telekpr.events.Topics;
import com.telekpr.testkit.EventProbe;
import com.telekpr.testkit.TopicSender;
import java.util.UUID;

/** payment-service's neighbours played on the real topics. */
final class PaymentTraffic {
    static final EventProbe PAYMENT_EVENTS = EventProbe.listen(Topics.PAYMENT_EVENTS);
    static final TopicSender SENDER = new TopicSender();

    private PaymentTraffic() {
    }

    static Envelope send(UUID user, com.telekpr.events.Message data) {
        Envelope envelope = Envelope.first("test-bot", user, "test", data);
        SENDER.send(envelope);
        return envelope;
    }

    /** Asks for {@code tokens} as the bot would, and waits for the payment link. */
    static PaymentLinkCreated purchase(UUID user, int tokens) {
        send(user, new CreateTokenPurchase(UUID.randomUUID(), tokens));
        return PAYMENT_EVENTS.awaitOne(user, PaymentLinkCreated.class);
    }
}
