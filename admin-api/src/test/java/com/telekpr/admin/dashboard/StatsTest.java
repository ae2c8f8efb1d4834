package com.telekpr.admin.dashboard;

import static com.telekpr.admin.Staff.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.admin.ReadModels;
import com.telekpr.admin.SeededHistory;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /api/admin/stats on the seeded history: every figure against the value worked out by hand (see SeededHistory). */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class StatsTest {

    @Test
    void everyFigureIsExact() {
        ReadModels.clear();
        var history = new SeededHistory();
        ReadModels.project(history.envelopes());

        JsonPath stats = asAdmin().queryParam("tz", "Europe/Berlin").get("/api/admin/stats").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(4, stats.getInt("totalUsers"));
        assertEquals(7, stats.getInt("totalOrders"));
        assertEquals(2, stats.getInt("totalCustomers"), "c4 was deleted");
        assertEquals(85.00, stats.getDouble("revenue.totalUsd"), 0.001, "p1 25 + p2 50 + p5 10");
        assertEquals(thisMonth(history, "Europe/Berlin"), stats.getDouble("revenue.thisMonthUsd"), 0.001);
        assertEquals(200, stats.getLong("revenue.completedOrdersTokens"), "o1 100 + o7 100");
        assertEquals(Map.of("awaiting_tokens", 1, "pending", 1, "processing", 1, "assigned", 0, "completed", 2,
                "cancelled", 1, "rejected", 1), stats.getMap("ordersByStatus"));
        // reached the queue: o1, o7, o2, o3, o6 (not o4 rejected, not o5 awaiting tokens)
        assertEquals(0.4, stats.getDouble("completionRate"), 1e-9, "2 completed of 5 queued");
        assertEquals(17.00, stats.getDouble("averageOrderValue.usd"), 0.001, "85 USD / 5");
        assertEquals(110.00, stats.getDouble("averageOrderValue.tokens"), 0.001, "(100+100+200+100+50) / 5");
        assertEquals(1, stats.getInt("activeSubscribers"), "u4; u3's expired on 11-25");
        assertEquals(0.25, stats.getDouble("subscriptionRate"), 1e-9);
        assertEquals(3, stats.getInt("monthlyActiveUsers"), "u1, u2 (29 days ago) and u4; not u3 (30 days ago)");
        assertNotNull(stats.get("projectionLagSeconds"));
        assertEquals(5, stats.getList("systemHealth.services").size());
        assertFalse(stats.getBoolean("systemHealth.allReady"), "no other service runs in this test");
        String metrics = asAdmin().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("telekpr_admin_projection_lag_seconds_bucket"), "the freshness histogram");
    }

    @Test
    void thisMonthFollowsTheZoneAsked() {
        ReadModels.clear();
        var history = new SeededHistory();
        ReadModels.project(history.envelopes());
        for (String zone : new String[] {"UTC", "Pacific/Kiritimati", "America/Los_Angeles"}) {
            double month = asAdmin().queryParam("tz", zone).get("/api/admin/stats").then().statusCode(200)
                    .extract().jsonPath().getDouble("revenue.thisMonthUsd");
            assertEquals(thisMonth(history, zone), month, 0.001, zone);
        }
    }

    /** p5 ($10, confirmed a minute before the history's now) is the only purchase that can fall in this month. */
    private static double thisMonth(SeededHistory history, String zone) {
        Instant monthStart = ZonedDateTime.now(ZoneId.of(zone)).withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).toInstant();
        return history.now.minusSeconds(60).isBefore(monthStart) ? 0 : 10.00;
    }
}
