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
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.Test;

/** /api/admin/analytics/performance on the seeded history, against durations worked out by hand. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class PerformanceTest {

    @Test
    void durationsAndRatesAreExact() {
        ReadModels.clear();
        var history = new SeededHistory();
        ReadModels.project(history.envelopes());

        // as doubles: RestAssured reads JSON numbers as floats by default, too coarse for seconds like 3599.67
        JsonPath performance = JsonPath.from(asAdmin().get("/api/admin/analytics/performance").then().statusCode(200)
                .extract().asString()).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
        assertEquals(0.4, performance.getDouble("completionRate"), 1e-9);
        // queued → completed: o1 08:00:01 → 10:00:00 = 7199 s, o7 08:00:01 → 09:00:01 = 3600 s
        assertEquals(5399.5, performance.getDouble("avgProcessingSeconds"), 1e-6);
        assertEquals(5399.5, performance.getDouble("p50ProcessingSeconds"), 1e-6);
        assertEquals(3600 + 0.9 * (7199 - 3600), performance.getDouble("p90ProcessingSeconds"), 1e-6);
        // queued → processing: o1 3599 s, o7 1800 s, o3 5400 s
        assertEquals((3599 + 1800 + 5400) / 3.0, performance.getDouble("avgQueueWaitSeconds"), 1e-6);
        assertEquals(1, performance.getList("operators").size());
        assertEquals(history.u1.toString(), performance.getString("operators[0].operatorId"));
        assertEquals("op", performance.getString("operators[0].username"));
        assertEquals(2, performance.getInt("operators[0].completed"));
        // processing → completed: o1 3600 s, o7 1800 s
        assertEquals(2700, performance.getDouble("operators[0].medianHandlingSeconds"), 1e-6);
        assertEquals(0.6, performance.getDouble("paymentSuccessRate"), 1e-9, "3 paid of 5 ended (p3 expired, p4 failed)");
        assertEquals(0.2, performance.getDouble("cancellationRate"), 1e-9, "o2 of 5 queued");
    }
}
