package com.telekpr.testkit;

import com.telekpr.infrastructure.Infrastructure;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The real PostgreSQL and Kafka broker of a test JVM, handed to {@code @QuarkusTest} through
 * {@code @WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)}:
 * started once, stopped (data deleted) when the tests end. With them, the keys of {@link TestCallers}.
 */
public class TelekprInfrastructure implements QuarkusTestResourceLifecycleManager {
    private static Infrastructure infrastructure;

    @Override
    public Map<String, String> start() {
        synchronized (TelekprInfrastructure.class) {
            if (infrastructure == null) {
                infrastructure = Infrastructure.startTemporary();
            }
            Map<String, String> settings = new java.util.HashMap<>(infrastructure.serviceSettings());
            settings.putAll(TestCallers.settings());
            return settings;
        }
    }

    /** The broker's address, for tests that produce or consume on real topics themselves. */
    public static synchronized String bootstrapServers() {
        return infrastructure.kafka().bootstrapServers();
    }

    /** The database's JDBC URL, for tests that inspect rows the service wrote. */
    public static synchronized String jdbcUrl() {
        return infrastructure.postgres().jdbcUrl();
    }

    @Override
    public void stop() {
        synchronized (TelekprInfrastructure.class) {
            if (infrastructure != null) {
                infrastructure.close();
                infrastructure = null;
            }
        }
    }
}
