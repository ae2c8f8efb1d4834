package com.telekpr.testkit;

import com.telekpr.events.Envelope;
import com.telekpr.events.EnvelopeCodec;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plays another service: puts envelopes (or raw payloads) on real topics, as that service's relay would. */
public final class TopicSender implements AutoCloseable {
    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.<String, Object>of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TelekprInfrastructure.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());

    public void send(Envelope envelope) {
        sendRaw(envelope.topic(), envelope.key(), EnvelopeCodec.encode(envelope));
    }

    public void sendRaw(String topic, String key, String payload) {
        try {
            producer.send(new ProducerRecord<>(topic, key, payload)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send to " + topic, e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
