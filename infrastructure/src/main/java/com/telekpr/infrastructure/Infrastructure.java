package com.telekpr.infrastructure;

import java.util.Map;

/** The real Postgres and Kafka that services need, and the settings that point a service at them. */
public final class Infrastructure implements AutoCloseable {
    private final PostgresServer postgres;
    private final KafkaBroker kafka;

    private Infrastructure(PostgresServer postgres, KafkaBroker kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    /** On free ports, deleted when closed: for a test JVM. */
    public static Infrastructure startTemporary() {
        return new Infrastructure(PostgresServer.startTemporary(), KafkaBroker.startTemporary());
    }

    public static Infrastructure of(PostgresServer postgres, KafkaBroker kafka) {
        return new Infrastructure(postgres, kafka);
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    /** Configuration properties that connect a service to this Postgres and Kafka. */
    public Map<String, String> serviceSettings() {
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.reactive.url", postgres.reactiveUrl(),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", PostgresServer.PASSWORD,
                "kafka.bootstrap.servers", kafka.bootstrapServers());
    }

    /** Stops Kafka first: services may still be publishing while they shut down, Postgres outlives them. */
    @Override
    public void close() {
        kafka.close();
        postgres.close();
    }
}
