package com.telekpr.admin.messaging;

import com.telekpr.admin.application.port.EventHistory;
import com.telekpr.events.Envelope;
import com.telekpr.events.EnvelopeCodec;
import com.telekpr.events.MalformedMessageException;
import com.telekpr.events.Topics;
import com.telekpr.outbox.KafkaSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads the event topics from offset 0 with a consumer of its own: assigned partitions, no group, no commits. */
@ApplicationScoped
public class KafkaEventHistory implements EventHistory {
    static final List<String> TOPICS = List.of(Topics.USER_EVENTS, Topics.ORDER_EVENTS, Topics.WALLET_EVENTS,
            Topics.PAYMENT_EVENTS, Topics.NOTIFICATION_EVENTS);

    private final KafkaSettings kafka;

    KafkaEventHistory(KafkaSettings kafka) {
        this.kafka = kafka;
    }

    @Override
    public Reading open() {
        var settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1000");
        return new TopicReading(new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer()));
    }

    private static final class TopicReading implements Reading {
        private final KafkaConsumer<String, String> consumer;
        private final List<TopicPartition> partitions = new ArrayList<>();
        private final Map<TopicPartition, Long> reached = new ConcurrentHashMap<>();
        private final Map<TopicPartition, Long> ends = new ConcurrentHashMap<>();
        private final AtomicLong unreadable = new AtomicLong();
        private final long startedAt = System.nanoTime();

        TopicReading(KafkaConsumer<String, String> consumer) {
            this.consumer = consumer;
            for (String topic : TOPICS) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            partitions.forEach(p -> reached.put(p, 0L));
        }

        @Override
        public void readToEnd(Consumer<List<Envelope>> batch) {
            ends.putAll(consumer.endOffsets(partitions));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                var envelopes = new ArrayList<Envelope>();
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    try {
                        envelopes.add(EnvelopeCodec.decode(record.value()));
                    } catch (MalformedMessageException notAnEnvelope) {
                        unreadable.incrementAndGet();
                    }
                }
                if (!envelopes.isEmpty()) {
                    batch.accept(envelopes);
                }
                partitions.forEach(p -> reached.put(p, consumer.position(p)));
            }
        }

        @Override
        public List<TopicProgress> progress() {
            double seconds = Math.max(1e-3, (System.nanoTime() - startedAt) / 1e9);
            var progress = new ArrayList<TopicProgress>();
            for (String topic : TOPICS) {
                long done = sum(reached, topic);
                progress.add(new TopicProgress(topic, done, sum(ends, topic), done / seconds));
            }
            return progress;
        }

        private static long sum(Map<TopicPartition, Long> offsets, String topic) {
            return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(topic))
                    .mapToLong(Map.Entry::getValue).sum();
        }

        @Override
        public long unreadable() {
            return unreadable.get();
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
