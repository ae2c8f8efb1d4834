package com.telekpr.order.application;

import com.telekpr.order.store.CatalogueEntity;

/** A catalogue row as the API lists and edits it, inactive entries included (the domain's entry checks prices). */
public record CatalogueEntryView(String code, String name, int sitesCount, int regularPrice, int subscriberPrice,
                                 boolean active) {

    static CatalogueEntryView of(CatalogueEntity row) {
        return new CatalogueEntryView(row.code, row.name, row.sitesCount, row.regularPrice, row.subscriberPrice,
                row.active);
    }
}
