package com.telekpr.order.domain;

/** What an order costs this user now; kept on the order, so a later price change never alters it. */
public record Quote(int packagePrice, int addonPrice, boolean subscriberDiscountApplied) {

    public static Quote of(CatalogueEntry pack, CatalogueEntry emailAddon, boolean subscriber) {
        return new Quote(pack.priceFor(subscriber), emailAddon == null ? 0 : emailAddon.priceFor(subscriber), subscriber);
    }

    public int tokenCost() {
        return packagePrice + addonPrice;
    }
}
