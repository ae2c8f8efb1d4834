package com.telekpr.order.application;

import com.telekpr.order.domain.CatalogueEntry;
import com.telekpr.order.store.CatalogueEntity;
import com.telekpr.order.store.CatalogueRepository;
import com.telekpr.order.store.SubscriberRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The price list (product.md §4.1). Orders copy their price when placed, so editing it never alters an existing order.
 */
@ApplicationScoped
public class Catalogue {
    private final CatalogueRepository entries;
    private final SubscriberRepository subscribers;
    private final CataloguePublishing publishing;

    Catalogue(CatalogueRepository entries, SubscriberRepository subscribers, CataloguePublishing publishing) {
        this.entries = entries;
        this.subscribers = subscribers;
        this.publishing = publishing;
    }

    public record PriceFor(CatalogueEntry entry, int price) {
    }

    public Uni<List<CatalogueEntryView>> all() {
        return Panache.withSession(() -> entries.listAll(Sort.ascending("sortOrder")))
                .map(rows -> rows.stream().map(CatalogueEntryView::of).toList());
    }

    /** The active entries at the price {@code userId} pays now. */
    public Uni<List<PriceFor>> pricesFor(UUID userId) {
        return Panache.withSession(() -> subscribers.isSubscriberAt(userId, Instant.now())
                .chain(subscriber -> entries.list("active = true", Sort.ascending("sortOrder"))
                        .map(rows -> rows.stream().map(CatalogueEntity::toDomain)
                                .map(entry -> new PriceFor(entry, entry.priceFor(subscriber))).toList())));
    }

    /**
     * Edits an entry; the domain refuses nonsense prices (InvalidPriceException). The new catalogue is told
     * (CatalogueChanged) in the same transaction, so it is published if and only if the edit is saved.
     */
    public Uni<CatalogueEntryView> edit(String code, String name, int regularPrice, int subscriberPrice, boolean active) {
        return Panache.withTransaction(() -> publishing.tellingChangesOf(() -> entries.findById(code)
                .onItem().ifNull().failWith(() -> new UnknownCatalogueEntryException(code))
                .invoke(row -> {
                    var checked = new CatalogueEntry(code,
                            name == null || name.isBlank() ? row.name : name.strip(), row.sitesCount, regularPrice,
                            subscriberPrice, active);
                    row.name = checked.name();
                    row.regularPrice = checked.regularPrice();
                    row.subscriberPrice = checked.subscriberPrice();
                    row.active = checked.active();
                }))).map(CatalogueEntryView::of);
    }
}
