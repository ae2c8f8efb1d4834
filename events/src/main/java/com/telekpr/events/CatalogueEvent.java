package com.telekpr.events;

import java.util.List;

/** Facts about the price list, published by order-service on {@value Topics#ORDER_EVENTS}. */
public sealed interface CatalogueEvent extends Event {

    /**
     * The whole catalogue as it now is, inactive entries and the add-on included, in its display order:
     * a reader keeps the latest and needs no earlier one. Told after every edit that changed it, and at
     * start-up when it differs from the last one told (e.g. changed by a migration). It concerns no user:
     * every one travels under {@link #SUBJECT}, the Kafka key, so all of them stay in order.
     */
    record CatalogueChanged(List<CataloguePackage> packages) implements CatalogueEvent {
        public static final String SUBJECT = "catalogue";
    }
}
