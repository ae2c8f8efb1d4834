package com.telekpr.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** product.md §4.1, exactly as written (1200 sites = 1000/750 and 1500 sites = 1550/1250 included). */
class PricingTest {
    private static final CatalogueEntry EMAIL = new CatalogueEntry(CatalogueEntry.EMAIL_CONFIRMATION,
            "Email confirmation", 0, 50, 30, true);

    @ParameterizedTest(name = "{0} sites: {1}/{2}")
    @CsvSource({"100,100,60", "250,250,150", "550,550,350", "650,650,450", "850,850,650", "1000,1000,750",
            "1200,1000,750", "1350,1350,1150", "1500,1550,1250"})
    void everyPackageForRegularUsersAndSubscribersWithAndWithoutTheAddon(int sites, int regular, int subscriber) {
        var pack = new CatalogueEntry("SITES_" + sites, sites + " sites", sites, regular, subscriber, true);

        assertEquals(regular, Quote.of(pack, null, false).tokenCost());
        assertEquals(subscriber, Quote.of(pack, null, true).tokenCost());
        assertEquals(regular + 50, Quote.of(pack, EMAIL, false).tokenCost());
        assertEquals(subscriber + 30, Quote.of(pack, EMAIL, true).tokenCost());
        assertEquals(true, Quote.of(pack, EMAIL, true).subscriberDiscountApplied());
    }

    @Test
    void aCatalogueEntryRefusesNonsensePrices() {
        assertEquals("X: prices must be positive", assertThrows(InvalidPriceException.class,
                () -> new CatalogueEntry("X", "x", 1, 0, 0, true)).getMessage());
        assertEquals("X: the subscriber price cannot exceed the regular price",
                assertThrows(InvalidPriceException.class, () -> new CatalogueEntry("X", "x", 1, 50, 60, true))
                        .getMessage());
    }
}
