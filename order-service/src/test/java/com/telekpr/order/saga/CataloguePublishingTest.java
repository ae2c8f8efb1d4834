package com.telekpr.order.saga;

import static com.telekpr.order.AsCaller.asStaffAdmin;
import static com.telekpr.order.saga.OrderTraffic.ORDER_EVENTS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.events.CatalogueEvent.CatalogueChanged;
import com.telekpr.events.CataloguePackage;
import com.telekpr.order.application.CataloguePublishing;
import com.telekpr.outbox.Blocking;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The catalogue is told on order.events after each edit, and at a start only when it changed since. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CataloguePublishingTest {
    private static final String TOLD = "select count(*) from orders.outbox where type = 'CatalogueChanged'";

    @Inject
    CataloguePublishing publishing;

    @Test
    void anEditTellsTheWholeCatalogueWithTheNewPrices() {
        try {
            asStaffAdmin().contentType("application/json").body("{\"regularPrice\":900,\"subscriberPrice\":640}")
                    .put("/catalogue/SITES_850").then().statusCode(200);
            CatalogueChanged changed = awaitTold(p -> p.code().equals("SITES_850") && p.regularPrice() == 900);
            assertEquals(new CataloguePackage("SITES_850", "850 sites", 850, 900, 640, true), entry(changed, "SITES_850"));
            assertEquals(new CataloguePackage("EMAIL_CONFIRMATION", "Email confirmation", 0, 50, 30, true),
                    entry(changed, "EMAIL_CONFIRMATION"));
            assertEquals(10, changed.packages().size());
            assertEquals(CatalogueChanged.SUBJECT, Sql.column("select message_key from orders.outbox"
                    + " where type = 'CatalogueChanged' order by position desc limit 1").get(0));
        } finally {
            asStaffAdmin().contentType("application/json").body("{\"regularPrice\":850,\"subscriberPrice\":650}")
                    .put("/catalogue/SITES_850").then().statusCode(200);
        }
    }

    @Test
    void aStartTellsTheCatalogueOnlyWhenItChangedSinceItWasLastTold() throws Exception {
        long before = Sql.count(TOLD);
        tellAsAStartWould();
        assertEquals(before, Sql.count(TOLD), "unchanged: nothing told");

        // as a migration would: past the API, so only the next start can tell it
        Sql.update("update orders.catalogue set name = '1350 sites, bulk' where code = 'SITES_1350'");
        try {
            // two replicas starting at once: the second waits for the first and then finds nothing new
            var other = CompletableFuture.runAsync(this::tellAsAStartWould);
            tellAsAStartWould();
            other.get();
            assertEquals(before + 1, Sql.count(TOLD), "changed: told once");
            awaitTold(p -> p.name().equals("1350 sites, bulk"));
        } finally {
            Sql.update("update orders.catalogue set name = '1350 sites' where code = 'SITES_1350'");
            tellAsAStartWould();
        }
    }

    private void tellAsAStartWould() {
        Blocking.await(publishing::tellIfChanged);
    }

    private static CatalogueChanged awaitTold(Predicate<CataloguePackage> showing) {
        Await.until("a CatalogueChanged", () -> latest(showing) != null);
        return latest(showing);
    }

    private static CatalogueChanged latest(Predicate<CataloguePackage> showing) {
        var told = ORDER_EVENTS.ofType(CatalogueChanged.class).stream()
                .filter(changed -> changed.packages().stream().anyMatch(showing)).toList();
        return told.isEmpty() ? null : told.get(told.size() - 1);
    }

    private static CataloguePackage entry(CatalogueChanged changed, String code) {
        return changed.packages().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }
}
