package com.telekpr.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.infrastructure.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The stack's secrets where only its owner finds them: admin-api and every service let nobody in without a token, the
 * admin's password and the other secrets are in owner-only files, and no service's command line (what
 * {@code ps} shows every user) holds one. Last, so that it also sees the services the crash test restarted.
 */
@Order(4)
@ExtendWith(SharedSuite.class)
class AdminSignInTest {

    @Test
    void adminApiNeedsAToken() throws Exception {
        var request = HttpRequest.newBuilder(URI.create(AdminView.BASE + "/stats")).build();
        assertEquals(401, HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        assertTrue(AdminView.stats().has("totalOrders"), "the admin's password from the file signs in");
    }

    /** What anyone on the machine could do before: read a password, mint tokens. Now the door wants a token. */
    @Test
    void noServiceAnswersWithoutAToken() throws Exception {
        String someone = java.util.UUID.randomUUID().toString();
        var client = HttpClient.newHttpClient();
        for (HttpRequest request : List.of(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:8083/profiles/" + someone + "/password")).build(),
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:8084/accounts/" + someone + "/adjustments"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"amount\": 1000, \"reason\": \"free\"}")).build(),
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:8085/reconciliation")).build(),
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:8086/messages")).build(),
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:3002/users")).build())) {
            assertEquals(401, client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode(), request.uri().toString());
        }
    }

    /** The local stack is where a person tries the API: each service's Swagger UI is there (deployments turn it off). */
    @Test
    void swaggerUiIsThereToTryTheApi() throws Exception {
        for (ServiceProcess service : SharedSuite.stack().services()) {
            var request = HttpRequest.newBuilder(URI.create(service.baseUrl() + "/q/swagger-ui/")).build();
            assertEquals(200, HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode(),
                    service.name());
        }
    }

    @Test
    void secretFilesAreTheOwnersOnly() throws Exception {
        Path passwordFile = SharedSuite.stack().adminPasswordFile();
        assertEquals("rw-------", modeOf(passwordFile));
        assertEquals("rwx------", modeOf(passwordFile.getParent()));
        try (Stream<Path> secrets = Files.walk(passwordFile.getParent())) {
            for (Path secret : secrets.toList()) {
                assertEquals(Files.isDirectory(secret) ? "rwx------" : "rw-------", modeOf(secret), secret.toString());
            }
        }
    }

    @Test
    void noCommandLineShowsASecret() throws Exception {
        LocalStack stack = SharedSuite.stack();
        Map<String, String> secrets = stack.secrets();
        Map<String, String> lookedFor = Map.of("the admin's password", stack.adminPassword(),
                "its hash", secrets.get("telekpr.admin.sign-in.first-admin.password-hash"),
                "the customer password key", secrets.get("telekpr.customer.password-key"),
                "the webhook secret", secrets.get("telekpr.gateway.webhook-secret"));
        List<ServiceProcess> services = stack.services();
        assertEquals(LocalStack.SERVICES.size(), services.size());
        for (ServiceProcess service : services) {
            String commandLine = commandLineOf(service);
            assertTrue(commandLine.contains("-jar"), service.name() + " runs: " + commandLine);
            lookedFor.forEach((what, value) ->
                    assertFalse(commandLine.contains(value), service.name() + "'s command line shows " + what));
        }
    }

    private static String modeOf(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    /** As {@code ps} shows it: the arguments, which /proc keeps separated by NUL. */
    private static String commandLineOf(ServiceProcess service) throws IOException {
        byte[] arguments = Files.readAllBytes(Path.of("/proc", Long.toString(service.pid()), "cmdline"));
        return new String(arguments, StandardCharsets.UTF_8).replace('\0', ' ');
    }
}
