package com.telekpr.outbox;

import com.telekpr.events.CustomerEvent.CustomerRegistered;
import com.telekpr.events.CustomerEvent.CustomerUpdated;
import com.telekpr.events.Envelope;
import com.telekpr.events.Message;
import com.telekpr.events.PersonalSeal;
import com.telekpr.events.UserEvent.UserRegistered;
import com.telekpr.events.UserEvent.UserUpdated;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A reader's view of another service's {@link PersonalKeys}: keys fetched from their owner when a sealed value needs
 * opening, and kept a while (an erased person's key, once gone there, is gone here too after {@code keep}, or at once
 * when this service hears UserErased itself). An owner that never made a key for the person has nothing to open.
 */
public final class PersonalKeyring {

    /** Asks the owning service for a person's key: empty when it has none. */
    public interface Source {
        Uni<Optional<PersonalKeys.Published>> fetch(UUID user);
    }

    private record Held(PersonalSeal seal, Instant until) {
    }

    // history from before sealing began: any key opens plain text as it is
    private static final PersonalSeal PLAIN = PersonalSeal.of(PersonalSeal.newKey());

    private final Source source;
    private final Duration keep;
    private final Clock clock;
    private final Map<UUID, Held> held = new ConcurrentHashMap<>();

    public PersonalKeyring(Source source, Duration keep, Clock clock) {
        this.source = source;
        this.keep = keep;
        this.clock = clock;
    }

    /** The seal that opens {@code values} of {@code user}; fetched only when one of them is sealed. */
    public Uni<PersonalSeal> toOpen(UUID user, String... values) {
        Held known = held.get(user);
        if (known != null && known.until().isAfter(clock.instant())) {
            return Uni.createFrom().item(known.seal()); // for an erased person, plain history opens to nothing too
        }
        if (Stream.of(values).noneMatch(PersonalSeal::isSealed)) {
            return Uni.createFrom().item(PLAIN);
        }
        return source.fetch(user).map(found -> {
            PersonalSeal seal = found.filter(key -> !key.erased())
                    .map(key -> PersonalSeal.of(Base64.getDecoder().decode(key.key())))
                    .orElseGet(PersonalSeal::erased);
            held.put(user, new Held(seal, clock.instant().plus(keep)));
            return seal;
        });
    }

    /** {@code envelope}'s message with its sealed fields opened: to nothing once the person is erased. */
    public Uni<Message> opened(Envelope envelope) {
        Message data = envelope.data();
        UUID user = envelope.userId();
        if (data instanceof CustomerRegistered registered) {
            return toOpen(user, registered.details().firstName(), registered.details().lastName()).map(seal ->
                    new CustomerRegistered(registered.profileId(), seal.openDetails(user, registered.details())));
        }
        if (data instanceof CustomerUpdated updated) {
            return toOpen(user, updated.details().firstName(), updated.details().lastName()).map(seal ->
                    new CustomerUpdated(updated.profileId(), seal.openDetails(user, updated.details())));
        }
        if (data instanceof UserRegistered r) {
            return toOpen(user, r.username(), r.fullName()).map(seal -> new UserRegistered(r.telegramId(), r.chatId(),
                    seal.open(user, r.username()), seal.open(user, r.fullName()), r.language(), r.admin(), r.operator()));
        }
        if (data instanceof UserUpdated u) {
            return toOpen(user, u.username(), u.fullName()).map(seal -> new UserUpdated(seal.open(user, u.username()),
                    seal.open(user, u.fullName()), u.language(), u.admin(), u.operator(), u.suspended()));
        }
        return Uni.createFrom().item(data);
    }

    /** UserErased heard: nothing of theirs opens here any more. */
    public void forget(UUID user) {
        held.put(user, new Held(PersonalSeal.erased(), Instant.MAX));
    }
}
