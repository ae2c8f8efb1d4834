package com.telekpr.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The real PostgreSQL and Kafka broker of a test JVM, handed to {@code @QuarkusTest} through
 * {@code @WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)}:
 * started once, stopped (data deleted) when the tests end.
 */
public class TelekprInfrastructure implements QuarkusTestResourceLifecycleManager {
    private static PostgresServer postgres;
    private static KafkaBroker kafka;

    @Override
    public synchronized Map<String, String> start() {
        if (postgres == null) {
            postgres = PostgresServer.startTemporary();
            kafka = KafkaBroker.startTemporary();
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.reactive.url", postgres.reactiveUrl(),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", PostgresServer.PASSWORD,
                "kafka.bootstrap.servers", kafka.bootstrapServers());
    }

    /** The broker's address, for tests that produce or consume on real topics themselves. */
    public static synchronized String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The database's JDBC URL, for tests that inspect rows the service wrote. */
    public static synchronized String jdbcUrl() {
        return postgres.jdbcUrl();
    }

    @Override
    public synchronized void stop() {
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}
