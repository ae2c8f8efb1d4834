package com.telekpr.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service of the suite running as its own JVM, its output in a log file: how the local stack runs
 * them, and how crash tests kill and restart them.
 */
public final class ServiceProcess {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private ServiceProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the service's built jar with {@code settings} as system properties (they outrank its own file). */
    public static ServiceProcess start(String name, int port, Path projectRoot, Path logDirectory, Map<String, String> settings) {
        return start(name, port, projectRoot, logDirectory, settings, Map.of());
    }

    /**
     * Starts it as above, with {@code secrets} (property names to values) in its environment instead: every user of the
     * machine sees a process's -D options in {@code ps}, while its environment ({@code /proc/<pid>/environ}) is readable
     * only by its owner and root. Each goes under the name SmallRye Config looks up for the property, which outranks the
     * service's own file but not a -D option, so a property may not be both.
     */
    public static ServiceProcess start(String name, int port, Path projectRoot, Path logDirectory,
                                       Map<String, String> settings, Map<String, String> secrets) {
        for (String key : secrets.keySet()) {
            if (settings.containsKey(key)) {
                throw new IllegalArgumentException(key + " is both a setting and a secret: the -D option,"
                        + " shown by ps, would win");
            }
        }
        Path jar = projectRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(name + " is not built (" + jar + " is missing): run ./mvnw -DskipTests package");
        }
        Path log = logDirectory.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx384m", "-Dquarkus.http.port=" + port));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        secrets.forEach((key, value) -> builder.environment().put(environmentName(key), value));
        try {
            return new ServiceProcess(name, port, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /**
     * The environment variable SmallRye Config reads for {@code property}: upper case, every other character '_'
     * ({@code telekpr.gateway.webhook-secret} → {@code TELEKPR_GATEWAY_WEBHOOK_SECRET}).
     */
    private static String environmentName(String property) {
        var name = new StringBuilder(property.length());
        for (char c : property.toCharArray()) {
            name.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        return name.toString();
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Waits until the service reports ready; fails with the log's location if it dies or takes too long. */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        var request = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see " + log);
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            pause();
        }
        throw new IllegalStateException(name + " not ready after " + timeout.toSeconds() + " s; see " + log);
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the JVM to stop (SIGTERM, a graceful Quarkus shutdown), then kills it if it will not. */
    public void stop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** kill -9: no shutdown hook runs, nothing in flight is finished or recorded. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return log;
    }

    /** Its JVM's process id, so a test can read what {@code ps} shows of it ({@code /proc/<pid>/cmdline}). */
    public long pid() {
        return process.pid();
    }

    public java.util.concurrent.CompletableFuture<Process> onExit() {
        return process.onExit();
    }
}
