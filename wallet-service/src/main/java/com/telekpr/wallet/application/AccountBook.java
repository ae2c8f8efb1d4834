package com.telekpr.wallet.application;

import com.telekpr.wallet.domain.AccountChange;
import com.telekpr.wallet.domain.TokenAccount;
import com.telekpr.wallet.store.AccountRepository;
import com.telekpr.wallet.store.LedgerRepository;
import com.telekpr.wallet.store.TransactionEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Loads and saves token accounts for the use cases: an account is locked for the whole transaction,
 * and a change is saved as the new balance plus its ledger line, together.
 */
@ApplicationScoped
class AccountBook {
    private final AccountRepository accounts;
    private final LedgerRepository ledger;

    AccountBook(AccountRepository accounts, LedgerRepository ledger) {
        this.accounts = accounts;
        this.ledger = ledger;
    }

    /** Locks the user's account, opening an empty one first if the user has none yet. */
    Uni<LockedAccount> lockOrOpen(UUID userId) {
        return accounts.openIfMissing(userId).chain(opened -> accounts.lock(userId)
                .map(row -> new LockedAccount(row, new TokenAccount(row.balance), opened)));
    }

    /** Locks an existing account; fails with {@link UnknownAccountException} if the user has none. */
    Uni<LockedAccount> lockExisting(UUID userId) {
        return accounts.lock(userId)
                .onItem().ifNull().failWith(() -> new UnknownAccountException(userId))
                .map(row -> new LockedAccount(row, new TokenAccount(row.balance), false));
    }

    /** Saves an applied change: the account's new balance and the ledger line that explains it (returned). */
    Uni<TransactionEntity> save(LockedAccount locked, AccountChange change, UUID causingMessageId) {
        if (!change.applied()) {
            return Uni.createFrom().nullItem();
        }
        locked.row().balance = locked.account().balance();
        locked.row().updatedAt = Instant.now();
        return ledger.append(locked.row().userId, change.entry().orElseThrow(), causingMessageId);
    }
}
