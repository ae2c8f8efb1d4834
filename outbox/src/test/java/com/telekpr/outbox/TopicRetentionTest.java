package com.telekpr.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.telekpr.events.Topics;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

/** Event topics keep their whole history (admin-api replays them); the rest keep a week; a wrong one is corrected. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class TopicRetentionTest {
    private static final String WEEK = "604800000";

    @Inject
    TopicBootstrap bootstrap;

    @Test
    void everyEventTopicKeepsEverythingAndEveryOtherTopicAWeek() throws Exception {
        try (Admin admin = admin()) {
            for (String topic : Topics.all()) {
                String expected = topic.endsWith(".events") ? "-1" : WEEK;
                assertEquals(expected, retentionOf(admin, topic), topic);
            }
        }
    }

    @Test
    void aTopicMadeWithAnotherRetentionIsCorrectedAtTheNextStart() throws Exception {
        try (Admin admin = admin()) {
            var resource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.NOTIFICATION_EVENTS);
            admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, "3600000"), AlterConfigOp.OpType.SET)))).all().get();
            assertEquals("3600000", retentionOf(admin, Topics.NOTIFICATION_EVENTS));

            bootstrap.createTopics(null);

            assertEquals("-1", retentionOf(admin, Topics.NOTIFICATION_EVENTS));
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TelekprInfrastructure.bootstrapServers()));
    }

    private static String retentionOf(Admin admin, String topic) throws Exception {
        var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get().get(resource)
                .get(TopicConfig.RETENTION_MS_CONFIG).value();
    }
}
