package com.telekpr.outbox;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** A consumer that nacks every message itself, past the inbox: its dead letters must be counted all the same. */
@ApplicationScoped
public class RawNacker {
    @Incoming("raw-nacks")
    public Uni<Void> refuse(Message<String> message) {
        return Uni.createFrom().completionStage(message.nack(new IllegalStateException("refused by a raw consumer")));
    }
}
