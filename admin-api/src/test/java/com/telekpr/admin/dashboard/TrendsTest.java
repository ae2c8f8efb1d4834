package com.telekpr.admin.dashboard;

import static com.telekpr.admin.Staff.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.admin.ReadModels;
import com.telekpr.admin.SeededHistory;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * /api/admin/analytics/trends on the seeded history, period by period, in UTC and in Europe/Berlin across its
 * change back from summer time (Berlin's 2026-10-25 runs from 10-24 22:00Z to 10-25 23:00Z, 25 hours).
 */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class TrendsTest {
    private static final List<String> FIGURES = List.of("revenueUsd", "ordersPlaced", "ordersCompleted",
            "ordersCancelled", "newUsers", "activeUsers", "newSubscribers", "totalUsers");

    @BeforeEach
    void seed() {
        ReadModels.clear();
        ReadModels.project(new SeededHistory().envelopes());
    }

    @Test
    void daysInBerlinFollowItsClock() {
        JsonPath trends = trends("2026-10-24", "2026-10-27", "day", "Europe/Berlin");
        assertEquals("2026-10-24T22:00:00Z", trends.getString("periods[1].startsAt"));
        assertEquals("2026-10-25T23:00:00Z", trends.getString("periods[1].endsAt"));
        // revenue, placed, completed, cancelled, new users, active, new subscribers, total users
        assertEquals(List.of(
                figures(0, 0, 0, 0, 0, 0, 0, 1),
                figures(75, 1, 1, 0, 1, 1, 0, 2),   // u2 22:30Z, p1 + p2, o1; u2 active twice (UTC 10-24 and 10-25)
                figures(0, 2, 1, 1, 1, 1, 1, 3),    // u3 23:30Z the day before in UTC, o7 and o2, u3 subscribes
                figures(0, 0, 0, 0, 0, 0, 0, 3)), periods(trends));
    }

    @Test
    void daysInUtc() {
        JsonPath trends = trends("2026-10-24", "2026-10-27", "day", null);
        assertEquals("UTC", trends.getString("tz"));
        assertEquals(List.of(
                figures(25, 0, 0, 0, 1, 1, 0, 2),
                figures(50, 1, 1, 0, 1, 1, 0, 3),
                figures(0, 2, 1, 1, 0, 1, 1, 3),
                figures(0, 0, 0, 0, 0, 0, 0, 3)), periods(trends));
    }

    @Test
    void weeksStartOnMonday() {
        JsonPath trends = trends("2026-10-20", "2026-11-01", "week", "Europe/Berlin");
        assertEquals(List.of("2026-10-19", "2026-10-26"), trends.getList("periods.start"));
        assertEquals(List.of(
                figures(75, 1, 1, 0, 2, 1, 0, 2),
                figures(0, 2, 1, 1, 1, 1, 1, 3)), periods(trends));
    }

    @Test
    void monthsAndPackagePopularity() {
        JsonPath trends = trends("2026-10-01", "2026-10-31", "month", "Europe/Berlin");
        assertEquals("2026-09-30T22:00:00Z", trends.getString("periods[0].startsAt"));
        assertEquals("2026-10-31T23:00:00Z", trends.getString("periods[0].endsAt"));
        assertEquals(List.of(figures(75, 3, 2, 1, 3, 2, 1, 3)), periods(trends));
        assertEquals(List.of(
                Map.of("code", "SITES_100", "name", "100 sites", "orders", 2, "tokens", 200),
                Map.of("code", "SITES_250", "name", "250 sites", "orders", 1, "tokens", 200)),
                trends.getList("packages"));
    }

    @Test
    void emptyPeriodsArePresentWithZeros() {
        JsonPath trends = trends("2026-01-01", "2026-01-03", "day", "Asia/Kolkata");
        assertEquals(List.of(figures(0, 0, 0, 0, 0, 0, 0, 0), figures(0, 0, 0, 0, 0, 0, 0, 0),
                figures(0, 0, 0, 0, 0, 0, 0, 0)), periods(trends));
        assertEquals("2025-12-31T18:30:00Z", trends.getString("periods[0].startsAt"), "UTC+5:30, a half-hour zone");
    }

    private static JsonPath trends(String from, String to, String granularity, String tz) {
        var request = asAdmin().queryParam("from", from).queryParam("to", to).queryParam("granularity", granularity);
        if (tz != null) {
            request.queryParam("tz", tz);
        }
        return request.get("/api/admin/analytics/trends").then().statusCode(200).extract().jsonPath();
    }

    private static List<Double> figures(double... values) {
        var list = new ArrayList<Double>();
        for (double value : values) {
            list.add(value);
        }
        return list;
    }

    private static List<List<Double>> periods(JsonPath trends) {
        var periods = new ArrayList<List<Double>>();
        int count = trends.getList("periods").size();
        for (int i = 0; i < count; i++) {
            var row = new ArrayList<Double>();
            for (String figure : FIGURES) {
                row.add(trends.getDouble("periods[" + i + "]." + figure));
            }
            periods.add(row);
        }
        return periods;
    }
}
