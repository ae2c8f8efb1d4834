package com.telekpr.outbox;

import com.telekpr.events.Topics;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.jboss.logging.Logger;

/**
 * Creates every topic of the contract, with its dead-letter topic, before consumers start: the
 * broker never auto-creates them, so partition counts are always the configured ones.
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
                    .map(topic -> new NewTopic(topic, topics.partitions(), topics.replicationFactor())).toList();
            if (missing.isEmpty()) {
                return;
            }
            admin.createTopics(missing).values().forEach((topic, created) -> awaitCreated(topic, created));
            LOG.infof("created %d topics with %d partitions", missing.size(), topics.partitions());
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka at " + kafka.bootstrapServers()
                    + " did not answer: cannot create the topics. Is the broker running? " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating Kafka topics", e);
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
