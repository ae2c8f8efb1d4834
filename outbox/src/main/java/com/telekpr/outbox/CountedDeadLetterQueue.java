package com.telekpr.outbox;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * The failure strategy of every channel ({@value #STRATEGY}): SmallRye's dead-letter queue, with each write
 * to the dead-letter topic counted by topic and kind of reason, whichever path nacked the message — the
 * inbox, a consumer of its own, or the connector itself.
 */
@ApplicationScoped
@Identifier(CountedDeadLetterQueue.STRATEGY)
public class CountedDeadLetterQueue implements KafkaFailureHandler.Factory {
    static final String STRATEGY = "telekpr-dead-letter";

    private final KafkaFailureHandler.Factory deadLetterQueue;
    private final InboxMetrics metrics;

    CountedDeadLetterQueue(@Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE) KafkaFailureHandler.Factory deadLetterQueue,
                           InboxMetrics metrics) {
        this.deadLetterQueue = deadLetterQueue;
        this.metrics = metrics;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
                                      KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        String topic = config.getDeadLetterQueueTopic().orElse("dead-letter-topic-" + config.getChannel());
        KafkaFailureHandler delegate = deadLetterQueue.create(config, vertx, consumer, reportFailure);
        metrics.watchDeadLetterTopic(topic);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                return delegate.handle(record, reason, metadata)
                        .invoke(() -> metrics.deadLettered(topic, FailureClassifier.classify(reason)));
            }

            @Override
            public void terminate() {
                delegate.terminate();
            }
        };
    }
}
