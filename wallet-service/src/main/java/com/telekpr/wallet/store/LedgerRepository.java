package com.telekpr.wallet.store;

import com.telekpr.wallet.domain.LedgerEntry;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class LedgerRepository implements PanacheRepositoryBase<TransactionEntity, UUID> {

    public Uni<TransactionEntity> append(UUID userId, LedgerEntry entry, UUID causingMessageId) {
        var row = new TransactionEntity();
        row.id = UUID.randomUUID();
        row.userId = userId;
        row.type = entry.type().storedName();
        row.amount = entry.amount();
        row.balanceAfter = entry.balanceAfter();
        row.paymentMethod = entry.paymentMethod();
        row.paymentId = entry.paymentId();
        row.paymentStatus = entry.paymentStatus();
        row.description = entry.description();
        row.orderId = entry.orderId();
        row.messageId = causingMessageId;
        return persist(row);
    }

    public Uni<Boolean> hasCreditFor(UUID paymentId) {
        return count("paymentId = ?1 and type = 'purchase'", paymentId.toString()).map(count -> count > 0);
    }

    /** Newest first. */
    public Uni<List<TransactionEntity>> page(UUID userId, int page, int size) {
        return find("userId", Sort.descending("sequence"), userId).page(Page.of(page, size)).list();
    }

    public Uni<Long> countOf(UUID userId) {
        return count("userId", userId);
    }
}
