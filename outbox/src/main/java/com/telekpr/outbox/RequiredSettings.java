package com.telekpr.outbox;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start a service whose deployer left out a setting it cannot run without, naming each
 * missing one by its environment variable, before anything tries to connect.
 */
@ApplicationScoped
class RequiredSettings {
    private static final Map<String, String> REQUIRED = new LinkedHashMap<>();

    static {
        REQUIRED.put("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL");
        REQUIRED.put("quarkus.datasource.reactive.url", "QUARKUS_DATASOURCE_REACTIVE_URL");
        REQUIRED.put("quarkus.datasource.username", "QUARKUS_DATASOURCE_USERNAME");
        REQUIRED.put("kafka.bootstrap.servers", "KAFKA_BOOTSTRAP_SERVERS");
    }

    private final Config config;

    RequiredSettings(Config config) {
        this.config = config;
    }

    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 1) StartupEvent started) {
        List<String> missing = REQUIRED.entrySet().stream()
                .filter(setting -> config.getOptionalValue(setting.getKey(), String.class).isEmpty())
                .map(setting -> setting.getValue() + " (" + setting.getKey() + ")")
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("missing required settings: " + String.join(", ", missing));
        }
    }
}
