package com.telekpr.admin;

import com.telekpr.events.Envelope;
import com.telekpr.events.Message;
import com.telekpr.events.MessageTypes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Envelopes with the times a test chooses, as the services would have written them then. */
public final class History {
    private final List<Envelope> envelopes = new ArrayList<>();

    public History at(String time, UUID user, String subject, Message data) {
        return at(Instant.parse(time), user, subject, data);
    }

    public History at(Instant time, UUID user, String subject, Message data) {
        var type = MessageTypes.of(data);
        UUID id = UUID.randomUUID();
        envelopes.add(new Envelope(id, type.name(), "test", time, subject, user, id, null, type.version(), data));
        return this;
    }

    public List<Envelope> envelopes() {
        return List.copyOf(envelopes);
    }
}
