package com.telekpr.testkit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.Topics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What every service proves about its foundation, inherited by one {@code @QuarkusTest} per service:
 * it is ready only with its database and Kafka, it migrated its own schema, it created the topics of
 * the contract, and it exposes metrics and its API description.
 */
public abstract class ServiceFoundationChecks {

    @Test
    void isReadyWithItsDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(equalTo("database"), containsString("Kafka")));
    }

    @Test
    void migratedItsOwnSchemaWithOutboxAndInbox() {
        String schema = ConfigProvider.getConfig().getValue("telekpr.schema", String.class);
        List<Object> tables = Sql.column("select table_name from information_schema.tables"
                + " where table_schema = ? order by table_name", schema);
        assertTrue(tables.containsAll(List.of("outbox", "processed_messages")), schema + " has " + tables);
    }

    @Test
    void createdEveryTopicOfTheContract() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TelekprInfrastructure.bootstrapServers()))) {
            Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            assertTrue(topics.containsAll(Topics.all()), "missing: " + Topics.all().stream()
                    .filter(topic -> !topics.contains(topic)).toList());
            var orderEvents = admin.describeTopics(List.of(Topics.ORDER_EVENTS)).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(Topics.ORDER_EVENTS);
            assertEquals(6, orderEvents.partitions().size());
        }
    }

    @Test
    void exposesPrometheusMetricsAndItsApiDescription() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("telekpr_outbox_pending"));
        given().get("/q/openapi").then().statusCode(200);
    }
}
