package com.telekpr.wallet.application;

import com.telekpr.events.Envelope;
import com.telekpr.events.PaymentEvent.PaymentConfirmed;
import com.telekpr.outbox.Outbox;
import com.telekpr.wallet.store.LedgerRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** PaymentConfirmed → the purchased tokens credited, once per payment whatever arrives twice. */
@ApplicationScoped
public class PaymentCrediting {
    private final AccountBook book;
    private final LedgerRepository ledger;
    private final Outbox outbox;

    PaymentCrediting(AccountBook book, LedgerRepository ledger, Outbox outbox) {
        this.book = book;
        this.ledger = ledger;
        this.outbox = outbox;
    }

    public Uni<Void> credit(Envelope cause, PaymentConfirmed confirmed) {
        return Panache.withTransaction(() -> book.lockOrOpen(cause.userId())
                .chain(locked -> ledger.hasCreditFor(confirmed.paymentId()).chain(credited -> {
                    if (credited) {
                        return Uni.createFrom().voidItem();
                    }
                    var change = locked.account().creditPurchase(confirmed.paymentId(), confirmed.trackId(),
                            confirmed.tokens());
                    return book.save(locked, change, cause.id())
                            .chain(() -> outbox.appendCausedBy(cause, confirmed.paymentId().toString(),
                                    locked.eventsWith(change.events())));
                })));
    }
}
