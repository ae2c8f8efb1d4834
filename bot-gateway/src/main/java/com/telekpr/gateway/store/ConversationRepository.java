package com.telekpr.gateway.store;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;

@ApplicationScoped
public class ConversationRepository implements PanacheRepositoryBase<ConversationEntity, Long> {
    public static final String EXPIRED = "expired";

    public Uni<ConversationEntity> lock(long chatId) {
        return findById(chatId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Drops the drafts of unfinished flows untouched since {@code cutoff}, marking them expired so the user's
     * next press or answer is told why the draft is gone.
     */
    public Uni<Integer> expireBefore(Instant cutoff) {
        return update("flow = ?1, step = ?1, draft = '{}' where flow not in ('idle', ?1) and updatedAt < ?2",
                EXPIRED, cutoff);
    }
}
