package com.telekpr.outbox;

import com.telekpr.events.Topics;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.jboss.logging.Logger;

/**
 * Creates every topic of the contract, with its dead-letter topic, before consumers start: the
 * broker never auto-creates them, so partition counts are always the configured ones. Each topic gets its
 * retention ({@link TopicRetention}): event topics keep everything, for replays.
 */
@ApplicationScoped
class TopicBootstrap {
    private static final Logger LOG = Logger.getLogger(TopicBootstrap.class);
    private static final long TIMEOUT_SECONDS = 30;

    private final KafkaSettings kafka;
    private final TopicsConfig topics;

    TopicBootstrap(KafkaSettings kafka, TopicsConfig topics) {
        this.kafka = kafka;
        this.topics = topics;
    }

    void createTopics(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent started) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<NewTopic> missing = Topics.all().stream().filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, topics.partitions(), topics.replicationFactor())
                            .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, TopicRetention.of(topic)))).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).values().forEach((topic, created) -> awaitCreated(topic, created));
                LOG.infof("created %d topics with %d partitions", missing.size(), topics.partitions());
            }
            correctRetention(admin, Topics.all().stream().filter(existing::contains).toList());
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka at " + kafka.bootstrapServers()
                    + " did not answer: cannot create the topics. Is the broker running? " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating Kafka topics", e);
        }
    }

    /** Topics made before their retention was set (a kept local stack, say) get it now. */
    private static void correctRetention(Admin admin, List<String> existing)
            throws ExecutionException, InterruptedException, TimeoutException {
        if (existing.isEmpty()) {
            return;
        }
        List<ConfigResource> resources = existing.stream()
                .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList();
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
        admin.describeConfigs(resources).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).forEach((resource, config) -> {
            String wanted = TopicRetention.of(resource.name());
            var current = config.get(TopicConfig.RETENTION_MS_CONFIG);
            if (current == null || !wanted.equals(current.value())) {
                changes.put(resource, List.of(new AlterConfigOp(
                        new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, wanted), AlterConfigOp.OpType.SET)));
            }
        });
        if (!changes.isEmpty()) {
            admin.incrementalAlterConfigs(changes).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            LOG.infof("set the retention of %d existing topics", changes.size());
        }
    }

    private static void awaitCreated(String topic, org.apache.kafka.common.KafkaFuture<Void> created) {
        try {
            created.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            // another service created it between our listing and our request: that is fine
            if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                throw new IllegalStateException("could not create topic " + topic + ": " + e.getCause(), e);
            }
        } catch (TimeoutException | InterruptedException e) {
            throw new IllegalStateException("could not create topic " + topic + " in time", e);
        }
    }
}
