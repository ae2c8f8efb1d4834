package com.telekpr.order.store;

import com.telekpr.order.domain.Order.HistoryStep;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class HistoryRepository implements PanacheRepositoryBase<HistoryEntity, Long> {

    public Uni<Void> append(UUID orderId, List<HistoryStep> steps) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (HistoryStep step : steps) {
            var row = new HistoryEntity();
            row.orderId = orderId;
            row.fromStatus = step.from() == null ? null : step.from().storedName();
            row.toStatus = step.to().storedName();
            row.actorId = step.actor();
            row.note = step.note();
            all = all.chain(() -> persist(row)).replaceWithVoid();
        }
        return all;
    }

    public Uni<List<HistoryEntity>> of(UUID orderId) {
        return find("orderId", Sort.ascending("id"), orderId).list();
    }
}
