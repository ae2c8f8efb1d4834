package com.telekpr.wallet.store;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<AccountEntity, UUID> {

    /** Opens an empty account unless the user has one; true if this call opened it. Safe under races. */
    public Uni<Boolean> openIfMissing(UUID userId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into token_accounts (user_id, balance) values (:user, 0) on conflict do nothing")
                .setParameter("user", userId).executeUpdate()).map(inserted -> inserted == 1);
    }

    /** The account, locked until the transaction ends, so one user's token moves happen one at a time. */
    public Uni<AccountEntity> lock(UUID userId) {
        return findById(userId, LockModeType.PESSIMISTIC_WRITE);
    }
}
