package com.telekpr.admin.application.actions;

import com.telekpr.admin.application.actions.ForwardedActions.Asker;
import com.telekpr.admin.store.Sql;
import com.telekpr.rest.InvalidRequestException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The price list (PRD §3.4.4): read from the projection CatalogueChanged feeds; edited in order-service, which owns
 * it and checks each price (a subscriber price above the regular one is refused), an entry at a time.
 */
@ApplicationScoped
public class CatalogueEdits {
    private final ForwardedActions forwarded;
    private final Pool pool;

    CatalogueEdits(ForwardedActions forwarded, Pool pool) {
        this.forwarded = forwarded;
        this.pool = pool;
    }

    public record Entry(String code, String name, int sitesCount, int regularPrice, int subscriberPrice, boolean active) {
    }

    /** {code, name?, regularPrice, subscriberPrice, active?}: one entry's new prices. */
    public record EntryEdit(String code, String name, Integer regularPrice, Integer subscriberPrice, Boolean active) {
    }

    public record Edits(List<EntryEdit> entries) {
    }

    public Uni<List<Entry>> all() {
        return Sql.rows(pool, "select code, name, sites_count, regular_price, subscriber_price, active from catalogue"
                + " order by position").map(rows -> Sql.list(rows, row -> new Entry(row.getString("code"),
                row.getString("name"), row.getInteger("sites_count"), row.getInteger("regular_price"),
                row.getInteger("subscriber_price"), row.getBoolean("active"))));
    }

    /** Each entry forwarded on its own (key: the request's and the code); each one's outcome answered. */
    public Uni<List<PartOutcome>> edit(Asker asker, Edits edits) {
        List<EntryEdit> entries = checked(edits);
        return Multi.createFrom().iterable(entries).onItem().transformToUniAndConcatenate(edit -> PartOutcome.of(edit.code(),
                        forwarded.perform(asker.part(edit.code()), new StaffAction("catalogue.edit", "catalogue:" + edit.code(),
                                OrderActions.params("name", edit.name(), "regularPrice", edit.regularPrice(),
                                        "subscriberPrice", edit.subscriberPrice(), "active", edit.active()), null),
                                OrderActions.OWNER, "PUT", "/catalogue/" + edit.code(), Map.of("name", edit.name() == null
                                        ? "" : edit.name(), "regularPrice", edit.regularPrice(), "subscriberPrice",
                                        edit.subscriberPrice(), "active", edit.active() == null || edit.active()))))
                .collect().asList();
    }

    private static List<EntryEdit> checked(Edits edits) {
        if (edits == null || edits.entries() == null || edits.entries().isEmpty()) {
            throw new InvalidRequestException("entries", "entries must list at least one {code, regularPrice, subscriberPrice}");
        }
        var codes = new HashSet<String>();
        for (int i = 0; i < edits.entries().size(); i++) {
            EntryEdit edit = edits.entries().get(i);
            String at = "entries[" + i + "]";
            if (edit == null || edit.code() == null || !edit.code().matches("[A-Z0-9_]{1,64}")) {
                throw new InvalidRequestException(at + ".code", at + ".code must be a catalogue code, e.g. SITES_100");
            }
            if (edit.regularPrice() == null || edit.subscriberPrice() == null) {
                throw new InvalidRequestException(at + (edit.regularPrice() == null ? ".regularPrice" : ".subscriberPrice"),
                        at + " needs regularPrice and subscriberPrice");
            }
            if (!codes.add(edit.code())) {
                throw new InvalidRequestException(at + ".code", edit.code() + " is listed twice");
            }
        }
        return edits.entries();
    }
}
