package com.telekpr.outbox;

import com.telekpr.events.EnvelopeCodec;
import com.telekpr.events.MalformedMessageException;
import com.telekpr.events.OrderEvent.OrderQueued;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** A consumer as services write them: transport, then the inbox guard, then one effect (failing when a test says so). */
@ApplicationScoped
public class ArrivalRecorder {
    private final Inbox inbox;
    /** Deliveries seen by the transport, duplicates included: what the inbox has to absorb. */
    final Map<UUID, AtomicInteger> deliveries = new ConcurrentHashMap<>();

    ArrivalRecorder(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("queued")
    public Uni<Void> onOrderEvent(Message<String> message) {
        countDelivery(message.getPayload());
        return inbox.consume(message, envelope -> {
            FailureScript.failIfScripted(envelope.id());
            var arrival = new Arrival();
            arrival.messageId = envelope.id();
            arrival.userId = envelope.userId();
            arrival.position = ((OrderQueued) envelope.data()).queuePosition();
            return arrival.persist().replaceWithVoid();
        });
    }

    private void countDelivery(String payload) {
        try {
            deliveries.computeIfAbsent(EnvelopeCodec.decode(payload).id(), id -> new AtomicInteger()).incrementAndGet();
        } catch (MalformedMessageException poison) {
            // not counted: the inbox dead-letters it
        }
    }

    int deliveriesOf(UUID messageId) {
        AtomicInteger count = deliveries.get(messageId);
        return count == null ? 0 : count.get();
    }
}
