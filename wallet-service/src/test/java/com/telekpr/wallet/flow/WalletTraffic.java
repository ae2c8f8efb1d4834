package com.telekpr.wallet.flow;

import static com.telekpr.wallet.AsCaller.asBotGateway;

import com.telekpr.events.AccountEvent.TokensCredited;
import com.telekpr.events.Envelope;
import com.telekpr.events.Message;
import com.telekpr.events.PaymentEvent.PaymentConfirmed;
import com.telekpr.events.Topics;
import com.telekpr.testkit.EventProbe;
import com.telekpr.testkit.TopicSender;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * The wallet's neighbours, played by the tests on the real topics: what order-service, payment-service
 * and bot-gateway would send, and a probe on wallet.events for what the wallet answers.
 */
final class WalletTraffic {
    static final EventProbe WALLET_EVENTS = EventProbe.listen(Topics.WALLET_EVENTS);
    static final TopicSender SENDER = new TopicSender();

    private WalletTraffic() {
    }

    static Envelope from(UUID user, Message data) {
        return Envelope.first("test-neighbour", user, "test", data);
    }

    static Envelope send(UUID user, Message data) {
        Envelope envelope = from(user, data);
        SENDER.send(envelope);
        return envelope;
    }

    /** Gives {@code user} tokens the way the product does: a confirmed payment. */
    static void fund(UUID user, int tokens) {
        UUID payment = UUID.randomUUID();
        int creditsBefore = WALLET_EVENTS.of(user, TokensCredited.class).size();
        send(user, new PaymentConfirmed(payment, "track-" + payment, tokens, BigDecimal.valueOf(tokens, 1)));
        WALLET_EVENTS.await(user, TokensCredited.class, creditsBefore + 1);
    }

    static int balanceOf(UUID user) {
        return asBotGateway().get("/accounts/" + user).then().statusCode(200).extract().path("balance");
    }
}
