package com.telekpr.order.domain;

/** One priced item of the catalogue (product.md §4.1): a package of sites, or the email-confirmation add-on. */
public record CatalogueEntry(String code, String name, int sitesCount, int regularPrice, int subscriberPrice,
                             boolean active) {
    public static final String EMAIL_CONFIRMATION = "EMAIL_CONFIRMATION";

    public CatalogueEntry {
        if (regularPrice <= 0 || subscriberPrice <= 0) {
            throw new InvalidPriceException(code + ": prices must be positive");
        }
        if (subscriberPrice > regularPrice) {
            throw new InvalidPriceException(code + ": the subscriber price cannot exceed the regular price");
        }
    }

    public int priceFor(boolean subscriber) {
        return subscriber ? subscriberPrice : regularPrice;
    }
}
