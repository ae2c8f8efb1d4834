package com.telekpr.local;

import com.telekpr.infrastructure.Infrastructure;
import com.telekpr.infrastructure.KafkaBroker;
import com.telekpr.infrastructure.PostgresServer;
import com.telekpr.infrastructure.ServiceProcess;
import com.telekpr.local.web.AdminWebServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The whole suite on one machine: a real Postgres and Kafka whose data survives restarts (under
 * {@code .data/}), then every service as its own JVM. Ctrl-C stops everything it started.
 */
public final class LocalStack implements AutoCloseable {
    static final int POSTGRES_PORT = 15432;
    static final int KAFKA_PORT = 19092;
    static final int KAFKA_CONTROLLER_PORT = 19093;
    /** The panel: admin-web, with /api proxied to admin-api (one origin, as nginx gives it in production). */
    static final int ADMIN_WEB_PORT = 8080;
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    /** The admin-api account that exists from the first start; its password is in {@link #adminPasswordFile()}. */
    public static final String ADMIN_USERNAME = LocalSecrets.ADMIN_USERNAME;
    private static final String DATABASE_PASSWORD = "quarkus.datasource.password";

    /** The address a person opens the panel at. */
    public String adminWebUrl() {
        return adminWeb.url();
    }

    /** The services of the map, in the order they start, with their ports. */
    static final Map<String, Integer> SERVICES = new java.util.LinkedHashMap<>();

    static {
        SERVICES.put("wallet-service", 8084);
        SERVICES.put("order-service", 8083);
        SERVICES.put("payment-service", 8085);
        SERVICES.put("notification-service", 8086);
        SERVICES.put("bot-gateway", 3002);
        SERVICES.put("admin-api", 8082);
    }

    private final Path root;
    private final Path data;
    private final List<ServiceProcess> services = new ArrayList<>();
    private Infrastructure infrastructure;
    private final ThirdParties thirdParties;
    private AdminWebServer adminWeb;
    /** What every service is started with: -D options, and what goes through its environment. */
    private final Map<String, String> settings = new java.util.HashMap<>();
    private final Map<String, String> secrets = new java.util.HashMap<>();
    private Path logs;

    /** Whether admin-api holds admins to a second factor: off here unless TELEKPR_ADMIN_REQUIRE_2FA says so (prod: on). */
    private final String requireTwoFactor;

    private LocalStack(Path root, Path data, Map<String, String> environment) {
        this.requireTwoFactor = environment.getOrDefault("TELEKPR_ADMIN_REQUIRE_2FA", "false");
        this.root = root;
        this.data = data;
        this.thirdParties = new ThirdParties(environment);
    }

    /**
     * Starts the whole suite from the built jars under {@code root}, its data in {@code data}, reading
     * credentials from {@code environment}; the end-to-end tests start it this way, as the run command does.
     */
    public static LocalStack start(Path root, Path data, Map<String, String> environment) throws IOException {
        var stack = new LocalStack(root, data, environment);
        try {
            stack.start();
        } catch (RuntimeException | IOException failed) {
            stack.close();
            throw failed;
        }
        return stack;
    }

    /** The Telegram sandbox the services talk to (null when the real Telegram is used). */
    public com.telekpr.sandbox.telegram.TelegramSimulator telegram() {
        return thirdParties.telegram();
    }

    /** The OxaPay sandbox (null when the real OxaPay is used). */
    public com.telekpr.sandbox.oxapay.OxaPaySimulator oxapay() {
        return thirdParties.oxapay();
    }

    /** The running service called {@code name}, to kill in a test. */
    public ServiceProcess service(String name) {
        return services.stream().filter(service -> service.name().equals(name)).findFirst().orElseThrow();
    }

    /** Starts {@code name} again (after a kill) on its port with the same settings; returns once it is ready. */
    public synchronized ServiceProcess restart(String name) {
        services.remove(service(name));
        var again = ServiceProcess.start(name, SERVICES.get(name), root, logs, settingsOf(name), secrets);
        services.add(again);
        again.awaitReady(READY_TIMEOUT);
        return again;
    }

    /** Every running service, to look at their health, metrics and logs in a test. */
    public synchronized List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    /** Stops PostgreSQL under the running services, as an outage or a failover would; its data stays. */
    public synchronized void stopDatabase() {
        infrastructure.postgres().close();
    }

    /** Starts PostgreSQL again on the same port and data after {@link #stopDatabase()}. */
    public synchronized void startDatabase() {
        infrastructure = Infrastructure.of(PostgresServer.startPersistent(data.resolve("postgres"), POSTGRES_PORT),
                infrastructure.kafka());
    }

    /** The file that holds the password of {@link #ADMIN_USERNAME} (owner-only, like every secret of the stack). */
    public Path adminPasswordFile() {
        return secretsDirectory().resolve(LocalSecrets.ADMIN_PASSWORD_FILE);
    }

    /** The password admin-api's first admin signs in with, for a test to sign in as a person would. */
    public String adminPassword() {
        try {
            return Files.readString(adminPasswordFile()).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + adminPasswordFile(), e);
        }
    }

    /** The values given to the services through their environment, for a test to look for where they must not be. */
    Map<String, String> secrets() {
        return Map.copyOf(secrets);
    }

    /** The database the services use, for a test to look at every schema at once. */
    public String jdbcUrl() {
        return infrastructure.postgres().jdbcUrl();
    }

    /** The broker the services use. */
    public String kafkaBootstrapServers() {
        return infrastructure.kafka().bootstrapServers();
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path data = Path.of(System.getenv().getOrDefault("TELEKPR_DATA_DIR", root.resolve(".data").toString()));
        var stack = new LocalStack(root, data, System.getenv());
        // registered first, so Ctrl-C during startup also stops what has started
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-shutdown"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println("local stack failed to start: " + e.getMessage());
            System.exit(1);
        }
        stack.printUrls();
        new CountDownLatch(1).await();
    }

    private void start() throws IOException {
        logs = Files.createDirectories(data.resolve("logs"));
        var postgres = timed("PostgreSQL on port " + POSTGRES_PORT,
                () -> PostgresServer.startPersistent(data.resolve("postgres"), POSTGRES_PORT));
        try {
            infrastructure = Infrastructure.of(postgres, timed("Kafka on port " + KAFKA_PORT,
                    () -> KafkaBroker.startPersistent(data.resolve("kafka"), KAFKA_PORT, KAFKA_CONTROLLER_PORT)));
        } catch (RuntimeException kafkaFailed) {
            postgres.close();
            throw kafkaFailed;
        }
        settings.putAll(infrastructure.serviceSettings());
        // the embedded server trusts local connections, but the password is a credential like the others
        secrets.put(DATABASE_PASSWORD, settings.remove(DATABASE_PASSWORD));
        // nothing of the suite is for the network: only admin-api signs people in, the others trust their callers
        settings.put("quarkus.http.host", "127.0.0.1");
        settings.put("telekpr.admin.sign-in.require-two-factor", requireTwoFactor);
        // for the person trying the suite here; deployments leave it off
        settings.put("quarkus.swagger-ui.enable", "true");
        add(LocalSecrets.load(secretsDirectory()));
        settings.putAll(LocalSecrets.serviceAuth(secretsDirectory(), SERVICES.keySet()));
        add(thirdParties.start());
        long started = System.nanoTime();
        SERVICES.forEach((name, port) -> services.add(ServiceProcess.start(name, port, root, logs, settingsOf(name), secrets)));
        for (ServiceProcess service : services) {
            service.awaitReady(READY_TIMEOUT);
            say("%-22s ready after %5.1f s (log: %s)", service.name(), seconds(started), shown(service.log()));
            service.onExit().thenRun(() -> say("%s stopped; see %s", service.name(), service.log()));
        }
        adminWeb = AdminWebServer.start(ADMIN_WEB_PORT, root.resolve("admin-web/dist"),
                URI.create(service("admin-api").baseUrl()));
    }

    /** The settings every service gets, and the file of its own signing key. */
    private Map<String, String> settingsOf(String service) {
        Map<String, String> own = new java.util.HashMap<>(settings);
        own.put("telekpr.service-auth.signing-key-file",
                LocalSecrets.serviceKeyFile(secretsDirectory(), service).toAbsolutePath().toString());
        if (service.equals("admin-api")) {
            // behind the panel's server: Telegram's login must come back to the host the browser used
            own.put("quarkus.http.proxy.proxy-address-forwarding", "true");
            own.put("quarkus.http.proxy.allow-x-forwarded", "true");
            own.put("quarkus.http.proxy.enable-forwarded-host", "true");
            own.put("quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
        return own;
    }

    private void add(ServiceSettings more) {
        settings.putAll(more.plain());
        secrets.putAll(more.secret());
    }

    private Path secretsDirectory() {
        return data.resolve("secrets");
    }

    private <T> T timed(String what, java.util.function.Supplier<T> start) {
        long begin = System.nanoTime();
        say("starting %s ...", what);
        T started = start.get();
        say("%s up in %.1f s", what, seconds(begin));
        return started;
    }

    private void printUrls() {
        say("");
        say("TeleKpr is running. Data: %s. Ctrl-C stops everything.", data);
        say("  %-22s %s", "PostgreSQL", infrastructure.postgres().jdbcUrl());
        say("  %-22s %s", "Kafka", infrastructure.kafka().bootstrapServers());
        thirdParties.describe().forEach((what, where) -> say("  %-22s %s", what, where));
        for (ServiceProcess service : services) {
            say("  %-22s %s  (health %s/q/health, metrics %s/q/metrics, API %s/q/swagger-ui)", service.name(),
                    service.baseUrl(), service.baseUrl(), service.baseUrl(), service.baseUrl());
        }
        say("");
        say("  Admin panel: %s  (user %s, password in %s)", adminWeb.url(), ADMIN_USERNAME, shown(adminPasswordFile()));
    }

    /** {@code path} from the project's root when it is under it (the default data directory is), else in full. */
    private Path shown(Path path) {
        Path absolute = path.toAbsolutePath();
        return absolute.startsWith(root) ? root.relativize(absolute) : absolute;
    }

    @Override
    public synchronized void close() {
        if (adminWeb != null) {
            adminWeb.close();
            adminWeb = null;
        }
        if (!services.isEmpty()) {
            say("stopping %d services ...", services.size());
            services.parallelStream().forEach(ServiceProcess::stop);
            services.clear();
        }
        thirdParties.close();
        if (infrastructure != null) {
            infrastructure.close();
            infrastructure = null;
        }
        say("stopped.");
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void say(String format, Object... args) {
        System.out.println("[telekpr] " + String.format(format, args));
    }
}
