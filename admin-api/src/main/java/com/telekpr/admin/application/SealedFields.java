package com.telekpr.admin.application;

import com.telekpr.admin.application.port.OwnerRequest;
import com.telekpr.admin.application.port.OwnerServices;
import com.telekpr.admin.application.signin.StaffTokens;
import com.telekpr.events.CustomerEvent;
import com.telekpr.events.Envelope;
import com.telekpr.events.UserEvent;
import com.telekpr.outbox.PersonalKeyring;
import com.telekpr.outbox.PersonalKeys.Published;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens the personal fields sealed into history before they are projected: user.events' names with bot-gateway's key
 * of the person, order.events' profiles with order-service's. An erased person's fields open to nothing, live or in a
 * rebuild from offset 0.
 */
@ApplicationScoped
public class SealedFields {
    private static final Duration KEEP = Duration.ofMinutes(10);

    private final OwnerServices owners;
    private final AdminConfig config;
    private final StaffTokens tokens;
    private final PersonalKeyring userKeys;
    private final PersonalKeyring profileKeys;

    SealedFields(OwnerServices owners, AdminConfig config, StaffTokens tokens) {
        this.owners = owners;
        this.config = config;
        this.tokens = tokens;
        this.userKeys = new PersonalKeyring(user -> fetch("bot-gateway", user), KEEP, Clock.systemUTC());
        this.profileKeys = new PersonalKeyring(user -> fetch("order-service", user), KEEP, Clock.systemUTC());
    }

    /** {@code envelope} with its personal fields opened. */
    public Uni<Envelope> opened(Envelope envelope) {
        PersonalKeyring keys = envelope.data() instanceof UserEvent ? userKeys
                : envelope.data() instanceof CustomerEvent ? profileKeys : null;
        if (keys == null || envelope.userId() == null) {
            return Uni.createFrom().item(envelope);
        }
        return keys.opened(envelope).map(data -> new Envelope(envelope.id(), envelope.type(), envelope.source(),
                envelope.time(), envelope.subject(), envelope.userId(), envelope.correlationId(), envelope.causationId(),
                envelope.version(), data));
    }

    /** UserErased heard: nothing of theirs opens here any more, whatever is cached. */
    public void forget(UUID user) {
        userKeys.forget(user);
        profileKeys.forget(user);
    }

    private Uni<Optional<Published>> fetch(String owner, UUID user) {
        String baseUrl = config.services().get(owner);
        if (baseUrl == null) {
            throw new IllegalStateException("telekpr.admin.services." + owner + " is not set: sealed fields of " + owner
                    + " cannot be opened");
        }
        return owners.send(new OwnerRequest(owner, baseUrl, "GET", "/personal-keys/" + user, null, null,
                tokens.forOwnCalls(), UUID.randomUUID())).map(answer -> {
                    if (answer.status() == 404) {
                        return Optional.<Published>empty();
                    }
                    if (!answer.succeeded() || answer.body() == null) {
                        throw new IllegalStateException(owner + " answered " + answer.status() + " for the personal key of "
                                + user);
                    }
                    return Optional.of(new Published(user, answer.body().path("key").textValue(),
                            answer.body().path("erased").asBoolean()));
                });
    }
}
