package com.telekpr.wallet.domain;

import com.telekpr.events.Event;
import java.util.List;
import java.util.Optional;

/** What a decision of {@link TokenAccount} did: the ledger line it wrote (none if refused) and its events. */
public record AccountChange(Optional<LedgerEntry> entry, List<Event> events) {

    static AccountChange refused(Event why) {
        return new AccountChange(Optional.empty(), List.of(why));
    }

    public boolean applied() {
        return entry.isPresent();
    }
}
