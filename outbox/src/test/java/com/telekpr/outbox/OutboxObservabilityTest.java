package com.telekpr.outbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OutboxObservabilityTest {

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(equalTo("database"), containsString("Kafka")));
    }

    @Test
    void relayLagAndFailuresAreExposedAsMetrics() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("telekpr_outbox_pending"))
                .body(containsString("telekpr_outbox_oldest_pending_seconds"))
                .body(containsString("telekpr_outbox_published_total"))
                .body(containsString("telekpr_outbox_publish_failures_total"))
                .body(containsString("telekpr_inbox_duplicates_total"));
    }
}
