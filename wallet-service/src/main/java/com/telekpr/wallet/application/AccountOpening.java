package com.telekpr.wallet.application;

import com.telekpr.events.Envelope;
import com.telekpr.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** UserRegistered → an empty account → AccountOpened; nothing if money reached the user first and opened it. */
@ApplicationScoped
public class AccountOpening {
    private final AccountBook book;
    private final Outbox outbox;

    AccountOpening(AccountBook book, Outbox outbox) {
        this.book = book;
        this.outbox = outbox;
    }

    public Uni<Void> open(Envelope userRegistered) {
        return Panache.withTransaction(() -> book.lockOrOpen(userRegistered.userId())
                .chain(locked -> outbox.appendCausedBy(userRegistered, "account", locked.eventsWith(List.of()))));
    }
}
