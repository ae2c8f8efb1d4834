package com.telekpr.notification.client;

import com.telekpr.outbox.PersonalKeyring;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.ws.rs.WebApplicationException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The keyring of order-service's sealed profile fields; a person order-service has no key of opens to nothing. */
public class ProfileKeyring {
    private static final Duration KEEP = Duration.ofMinutes(10);

    @Produces
    @ApplicationScoped
    PersonalKeyring profileKeys(@RestClient OrderServiceKeys keys) {
        return new PersonalKeyring(user -> keys.get(user).map(Optional::of)
                .onFailure(e -> e instanceof WebApplicationException web && web.getResponse().getStatus() == 404)
                .recoverWithItem(Optional.empty()), KEEP, Clock.systemUTC());
    }
}
