package com.telekpr.admin.bench;

import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Prints what signing in costs: password logins one after another (bcrypt's cost on a worker thread) and eight at a
 * time, and a signed-in read's answer (the staff token's RS256 check by quarkus-oidc on every request). Not part of
 * `./mvnw verify`; run {@code ./mvnw -pl admin-api verify -Dtest=SignInBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SignInBenchmark {
    private static final int LOGINS = Integer.getInteger("benchmark.logins", 200);
    private static final int READS = Integer.getInteger("benchmark.reads", 2_000);
    private static final String PASSWORD = "benchmark password 1";

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void signingInAndSignedInReads() throws Exception {
        // one account per login, so the brute-force throttle never meets the benchmark
        List<String> names = new ArrayList<>();
        String hash = BcryptUtil.bcryptHash(PASSWORD);
        for (int i = 0; i < LOGINS * 2; i++) {
            String name = "bench-" + UUID.randomUUID().toString().substring(0, 8);
            Sql.update("insert into staff.staff_accounts (account_id, username, password_hash, role) values (?, ?, ?, 'operator')",
                    UUID.randomUUID(), name, hash);
            names.add(name);
        }
        List<Long> sequential = new ArrayList<>();
        String token = null;
        long started = System.nanoTime();
        for (int i = 0; i < LOGINS; i++) {
            long sent = System.nanoTime();
            token = login(names.get(i));
            sequential.add(System.nanoTime() - sent);
        }
        double sequentialSeconds = (System.nanoTime() - started) / 1e9;
        long parallelStart = System.nanoTime();
        var eight = Executors.newFixedThreadPool(8);
        List<CompletableFuture<String>> parallel = new ArrayList<>();
        for (String name : names.subList(LOGINS, LOGINS * 2)) {
            parallel.add(CompletableFuture.supplyAsync(() -> login(name), eight));
        }
        CompletableFuture.allOf(parallel.toArray(CompletableFuture[]::new)).join();
        eight.shutdown();
        double parallelSeconds = (System.nanoTime() - parallelStart) / 1e9;
        List<Long> reads = new ArrayList<>();
        for (int i = 0; i < READS; i++) {
            long sent = System.nanoTime();
            var answer = http.send(HttpRequest.newBuilder(base.resolve("api/admin/session")).header("Authorization",
                    "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET /api/admin/session answered " + answer.statusCode());
            }
            reads.add(System.nanoTime() - sent);
        }
        System.out.printf("%nsign-in, %d logins one after another: p50 %.1f ms, p99 %.1f ms, %.1f logins/s%n", LOGINS,
                percentile(sequential, 50), percentile(sequential, 99), LOGINS / sequentialSeconds);
        System.out.printf("sign-in, %d logins eight at a time: %.1f logins/s%n", LOGINS, LOGINS / parallelSeconds);
        System.out.printf("GET /api/admin/session with a staff token, %d reads: p50 %.2f ms, p99 %.2f ms%n%n", READS,
                percentile(reads, 50), percentile(reads, 99));
    }

    private String login(String username) {
        try {
            var answer = http.send(HttpRequest.newBuilder(base.resolve("api/admin/login"))
                    .header("Content-Type", "application/json").header("X-Forwarded-For", "2001:db8::" + Integer.toHexString(
                            Math.floorMod(username.hashCode(), 0xffff)))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
                            + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("login answered " + answer.statusCode() + ": " + answer.body());
            }
            String body = answer.body();
            int start = body.indexOf("\"token\":\"") + 9;
            return body.substring(start, body.indexOf('"', start));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double percentile(List<Long> nanos, int percent) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)) / 1e6;
    }
}
