package com.telekpr.admin.api;

import static com.telekpr.admin.Staff.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every malformed query value is a 400 that names the parameter and says what it must be; never a 500. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class BadInputTest {

    @ParameterizedTest(name = "{0}?{1}={2}")
    @CsvSource(delimiter = '|', value = {
        "/api/admin/orders|sort|price|sort|must be one of",
        "/api/admin/orders|sort|placedAt,sideways|sort|asc or desc",
        "/api/admin/orders|page|-1|page|from 0",
        "/api/admin/orders|size|201|size|from 1 to 200",
        "/api/admin/orders|size|ten|size|whole number",
        "/api/admin/orders|status|lost|status|must be one of",
        "/api/admin/orders|operator|42|operator|UUID",
        "/api/admin/orders|priority|maybe|priority|true or false",
        "/api/admin/orders|from|yesterday|from|a date like",
        "/api/admin/orders|tz|Mars/Olympus|tz|IANA",
        "/api/admin/orders/export|user|x|user|UUID",
        "/api/admin/users|role|king|role|admin, operator",
        "/api/admin/users|sort|password|sort|must be one of",
        "/api/admin/users/not-a-uuid|ledgerSize|5|id|UUID",
        "/api/admin/customers|deleted|yes|deleted|true or false",
        "/api/admin/customers/export|user|x|user|UUID",
        "/api/admin/payments|status|lost|status|must be one of",
        "/api/admin/broadcasts|size|0|size|from 1 to 200",
        "/api/admin/stats|tz|Nowhere|tz|IANA",
        "/api/admin/analytics/trends|granularity|hour|granularity|day, week or month",
        "/api/admin/analytics/trends|from|2026-13-01|from|a date like",
        "/api/admin/analytics/trends|tz|+25:00|tz|IANA",
        "/api/admin/analytics/trends|to|-999999999-01-01|to|years 2000 to 2200",
        "/api/admin/analytics/trends|from|1900-01-01|from|years 2000 to 2200",
        "/api/admin/orders|from|+300000-01-01T00:00:00Z|from|years 2000 to 2200",
        "/api/admin/orders|to|9999-12-31|to|years 2000 to 2200",
        "/api/admin/payments|from|1970-01-01T00:00:00Z|from|years 2000 to 2200",
    })
    void aMalformedValueIsNamed(String path, String parameter, String value, String field, String message) {
        asAdmin().queryParam(parameter, value).get(path).then().statusCode(400)
                .body("field", equalTo(field)).body("message", containsString(message));
    }

    @ParameterizedTest(name = "trends {0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "2026-11-30|2026-11-01|day|to|is before from",
        "2020-01-01|2026-12-31|day|from|at most 1100",
    })
    void aRangeThatMakesNoSenseIsRefused(String from, String to, String granularity, String field, String message) {
        asAdmin().queryParam("from", from).queryParam("to", to).queryParam("granularity", granularity)
                .get("/api/admin/analytics/trends").then().statusCode(400)
                .body("field", equalTo(field)).body("message", containsString(message));
    }

    @ParameterizedTest(name = "orders from {0} to {1}")
    @CsvSource(delimiter = '|', value = {"2026-11-30|2026-11-01", "2026-11-30T10:00:00Z|2026-11-30T09:00:00Z"})
    void anOrdersRangeBackwardsIsRefused(String from, String to) {
        asAdmin().queryParam("from", from).queryParam("to", to).get("/api/admin/orders").then().statusCode(400)
                .body("field", equalTo("to"));
    }

    @ParameterizedTest(name = "Last-Event-ID {0}")
    @CsvSource({"abc", "-5"})
    void aMalformedLastEventIdIsRefused(String lastEventId) {
        asAdmin().header("Last-Event-ID", lastEventId).get("/api/admin/stream").then().statusCode(400)
                .body("field", equalTo("Last-Event-ID"));
    }
}
