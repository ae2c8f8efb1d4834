package com.telekpr.order.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.telekpr.events.CatalogueEvent.CatalogueChanged;
import com.telekpr.events.CataloguePackage;
import com.telekpr.events.EnvelopeCodec;
import com.telekpr.order.store.CatalogueEntity;
import com.telekpr.order.store.CatalogueRepository;
import com.telekpr.order.store.PublishedCatalogueEntity;
import com.telekpr.order.store.PublishedCatalogueRepository;
import com.telekpr.outbox.Blocking;
import com.telekpr.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Tells order.events the whole catalogue (CatalogueChanged, product.md §4.1) whenever it differs from the one
 * last told: in the transaction of every edit, and at start-up for a change made past the API (a migration).
 * The row of the last one told is locked before the catalogue is read, so edits and starting replicas tell
 * one after the other, each reading what the one before left: the last told is always the catalogue as it is.
 */
@ApplicationScoped
public class CataloguePublishing {
    private final CatalogueRepository entries;
    private final PublishedCatalogueRepository published;
    private final Outbox outbox;

    CataloguePublishing(CatalogueRepository entries, PublishedCatalogueRepository published, Outbox outbox) {
        this.entries = entries;
        this.published = published;
        this.outbox = outbox;
    }

    /** Quarkus fires this after Flyway migrated, so a migration's change is told by the start that applies it. */
    void tellAtStart(@Observes StartupEvent started) {
        Blocking.await(this::tellIfChanged);
    }

    /** Tells the catalogue, in a transaction of its own, if it differs from the one last told. */
    public Uni<Void> tellIfChanged() {
        return Panache.withTransaction(() -> tellingChangesOf(() -> Uni.createFrom().voidItem()));
    }

    /** Inside the caller's transaction: runs {@code edit}, then tells the catalogue it leaves if that changed. */
    <T> Uni<T> tellingChangesOf(Supplier<Uni<T>> edit) {
        return published.lock().chain(last -> edit.get().call(() -> tellIfDifferent(last)));
    }

    private Uni<Void> tellIfDifferent(PublishedCatalogueEntity last) {
        return entries.listAll(Sort.ascending("sortOrder", "code")).chain(rows -> {
            List<CataloguePackage> packages = rows.stream().map(CataloguePublishing::toPackage).toList();
            String told = json(packages);
            if (told.equals(last.packages)) {
                return Uni.createFrom().voidItem();
            }
            last.packages = told;
            last.publishedAt = Instant.now();
            return outbox.appendNew(null, CatalogueChanged.SUBJECT, List.of(new CatalogueChanged(packages)));
        });
    }

    private static CataloguePackage toPackage(CatalogueEntity row) {
        return new CataloguePackage(row.code, row.name, row.sitesCount, row.regularPrice, row.subscriberPrice,
                row.active);
    }

    /** The contract's own mapper writes records in component order: the same catalogue, the same text. */
    private static String json(List<CataloguePackage> packages) {
        try {
            return EnvelopeCodec.json().writeValueAsString(packages);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the catalogue cannot be written as JSON", e);
        }
    }
}
