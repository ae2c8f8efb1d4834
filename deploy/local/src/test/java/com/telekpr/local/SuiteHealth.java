package com.telekpr.local;

import com.telekpr.events.Topics;
import com.telekpr.infrastructure.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/** What the running suite says about itself from outside: readiness, dead letters, metrics, logs. */
final class SuiteHealth {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SuiteHealth() {
    }

    /** The HTTP status of {@code service}'s readiness (200 UP, 503 DOWN), or 0 when it does not answer. */
    static int readiness(ServiceProcess service) {
        try {
            var request = HttpRequest.newBuilder(URI.create(service.baseUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(10)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notAnswering) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** How many messages each dead-letter topic holds (its end offsets added up). */
    static Map<String, Long> deadLetters(String bootstrapServers) throws InterruptedException, ExecutionException {
        List<String> topics = Topics.all().stream().filter(topic -> topic.endsWith(".dlq")).toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<TopicPartition, OffsetSpec> ends = new LinkedHashMap<>();
            for (var description : admin.describeTopics(topics).allTopicNames().get().values()) {
                description.partitions().forEach(partition -> ends.put(
                        new TopicPartition(description.name(), partition.partition()), OffsetSpec.latest()));
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            topics.forEach(topic -> counts.put(topic, 0L));
            admin.listOffsets(ends).all().get().forEach((partition, end) -> counts.merge(partition.topic(), end.offset(), Long::sum));
            return counts;
        }
    }

    /** {@code telekpr_inbox_dead_lettered_total} added up over every series of every service. */
    static double deadLetteredMetric(List<ServiceProcess> services) throws IOException, InterruptedException {
        double total = 0;
        for (ServiceProcess service : services) {
            String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (String line : metrics.split("\n")) {
                if (line.startsWith("telekpr_inbox_dead_lettered_total")) {
                    total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
        }
        return total;
    }

    /** Per service, how many lines of its log contain {@code text}. */
    static Map<String, Long> logLinesWith(List<ServiceProcess> services, String text) {
        return services.stream().collect(Collectors.toMap(ServiceProcess::name, service -> {
            try (var lines = Files.lines(service.log())) {
                return lines.filter(line -> line.contains(text)).count();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, (a, b) -> a, LinkedHashMap::new));
    }
}
