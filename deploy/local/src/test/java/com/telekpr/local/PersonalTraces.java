package com.telekpr.local;

import com.telekpr.events.Topics;
import com.telekpr.infrastructure.PostgresServer;
import com.telekpr.testkit.Await;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Where a piece of personal data still lies in the running suite: any row of any schema, any event ever kept. */
final class PersonalTraces {
    private static final List<String> SYSTEM_SCHEMAS = List.of("pg_catalog", "information_schema", "pg_toast", "public");

    private PersonalTraces() {
    }

    /** "schema.table" of every row whose text anywhere contains {@code text} (case ignored). */
    static List<String> inDatabase(String text) throws SQLException {
        List<String> found = new ArrayList<>();
        try (var connection = DriverManager.getConnection(SharedSuite.stack().jdbcUrl(), PostgresServer.USER,
                PostgresServer.PASSWORD)) {
            List<String> tables = new ArrayList<>();
            try (var rows = connection.createStatement().executeQuery("select table_schema || '.' || table_name"
                    + " from information_schema.tables where table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    if (!SYSTEM_SCHEMAS.contains(table.substring(0, table.indexOf('.')))) {
                        tables.add(table);
                    }
                }
            }
            for (String table : tables) {
                try (var query = connection.prepareStatement("select count(*) from " + table + " row where row::text ilike ?")) {
                    query.setString(1, "%" + text + "%");
                    try (var rows = query.executeQuery()) {
                        rows.next();
                        if (rows.getLong(1) > 0) {
                            found.add(table);
                        }
                    }
                }
            }
        }
        return found;
    }

    /** {@link #inDatabase} once it finds nothing, or, when it still finds something after a minute, where it is. */
    static List<String> inDatabaseOnceSettled(String text) {
        var found = new java.util.concurrent.atomic.AtomicReference<List<String>>(List.of());
        try {
            Await.until("no row with " + text, () -> {
                try {
                    found.set(inDatabase(text));
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot scan the database", e);
                }
                return found.get().isEmpty();
            });
        } catch (AssertionError stillThere) {
            // the caller asserts on the list, which names the tables
        }
        return found.get();
    }

    /** The event topics (kept for ever, replayed by rebuilds) with a message containing {@code text} (case ignored). */
    static List<String> inEventHistory(String text) {
        List<String> found = new ArrayList<>();
        String wanted = text.toLowerCase(Locale.ROOT);
        try (var consumer = new KafkaConsumer<byte[], byte[]>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedSuite.stack().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "personal-traces-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            for (String topic : Topics.ENVELOPED.stream().filter(topic -> topic.endsWith(".events")).toList()) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                        .map(info -> new TopicPartition(topic, info.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
                while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                    for (var record : consumer.poll(Duration.ofMillis(500))) {
                        if (record.value() != null && new String(record.value(), StandardCharsets.UTF_8)
                                .toLowerCase(Locale.ROOT).contains(wanted) && !found.contains(topic)) {
                            found.add(topic);
                        }
                    }
                }
            }
        }
        return found;
    }
}
