package com.telekpr.wallet.application;

import com.telekpr.events.AccountEvent.AccountOpened;
import com.telekpr.events.Event;
import com.telekpr.wallet.domain.TokenAccount;
import com.telekpr.wallet.store.AccountEntity;
import java.util.ArrayList;
import java.util.List;

/** A user's account, locked for the current transaction; {@code opened} if this transaction created it. */
record LockedAccount(AccountEntity row, TokenAccount account, boolean opened) {

    /** The events of a change, preceded by AccountOpened when the account was opened on the way. */
    List<Event> eventsWith(List<Event> changeEvents) {
        List<Event> events = new ArrayList<>();
        if (opened) {
            events.add(new AccountOpened(0));
        }
        events.addAll(changeEvents);
        return events;
    }
}
