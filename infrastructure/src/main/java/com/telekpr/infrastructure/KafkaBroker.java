package com.telekpr.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one), running inside this
 * JVM. Topics are never auto-created: services create theirs explicitly.
 */
public final class KafkaBroker implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaRaftServer server;
    private final Path logDirectory;
    private final boolean deleteOnClose;
    private final String bootstrapServers;

    private KafkaBroker(KafkaRaftServer server, Path logDirectory, boolean deleteOnClose, String bootstrapServers) {
        this.server = server;
        this.logDirectory = logDirectory;
        this.deleteOnClose = deleteOnClose;
        this.bootstrapServers = bootstrapServers;
    }

    /** A broker on a free port whose logs are deleted when it stops. */
    public static KafkaBroker startTemporary() {
        try {
            return start(Files.createTempDirectory("telekpr-kafka-"), FreePort.find(), FreePort.find(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A broker on fixed ports that keeps its logs in {@code logDirectory} between runs; the controller
     * port stays the same too, since the formatted metadata log remembers its voter.
     */
    public static KafkaBroker startPersistent(Path logDirectory, int port, int controllerPort) {
        return start(logDirectory, port, controllerPort, false);
    }

    private static KafkaBroker start(Path logDirectory, int port, int controllerPort, boolean deleteOnClose) {
        Properties props = brokerProperties(logDirectory, port, controllerPort);
        formatIfNew(logDirectory, props);
        var server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
        String bootstrap = "127.0.0.1:" + port;
        awaitReady(bootstrap);
        return new KafkaBroker(server, logDirectory, deleteOnClose, bootstrap);
    }

    private static Properties brokerProperties(Path logDirectory, int port, int controllerPort) {
        Properties props = new Properties();
        props.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("log.dirs", logDirectory.toAbsolutePath().toString()),
                Map.entry("auto.create.topics.enable", "false"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "6"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", "6"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0")));
        return props;
    }

    private static void formatIfNew(Path logDirectory, Properties props) {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDirectory);
            Path config = Files.createTempFile("telekpr-kafka-", ".properties");
            try (var out = Files.newOutputStream(config)) {
                props.store(out, "TeleKpr single-node broker");
            }
            var output = new ByteArrayOutputStream();
            int exit = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(),
                    "-c", config.toString()}, new PrintStream(output, true, StandardCharsets.UTF_8));
            Files.delete(config);
            if (exit != 0) {
                throw new IllegalStateException("formatting Kafka storage failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitReady(String bootstrap) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            while (System.nanoTime() < deadline) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    // the broker is still starting: ask again
                }
            }
        }
        throw new IllegalStateException("Kafka broker at " + bootstrap + " not ready after " + READY_TIMEOUT);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        if (deleteOnClose) {
            Directories.deleteRecursively(logDirectory);
        }
    }
}
