package com.telekpr.events;

/**
 * One entry of order-service's price list (product.md §4.1): a package of sites, or the
 * EMAIL_CONFIRMATION add-on (sitesCount 0); prices in tokens; inactive entries cannot be ordered.
 */
public record CataloguePackage(String code, String name, int sitesCount, int regularPrice, int subscriberPrice,
                               boolean active) {
}
