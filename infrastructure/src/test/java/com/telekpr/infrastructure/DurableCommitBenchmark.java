package com.telekpr.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Prints what durability costs one small transaction (an insert and its commit, as an outbox append is):
 * the kept server syncs each commit to disk, the tests' throw-away server does not.
 */
class DurableCommitBenchmark {
    private static final int COMMITS = 500;

    @Test
    void oneRowCommitsOnTheKeptAndTheThrowAwayServer() throws Exception {
        Path data = Files.createTempDirectory("telekpr-durable-bench");
        try (var durable = PostgresServer.startPersistent(data, FreePort.find());
             var fast = PostgresServer.startTemporary()) {
            System.out.printf("one-row commits, %d each: kept (fsync, synchronous_commit on) %s; throw-away %s%n",
                    COMMITS, commits(durable), commits(fast));
        } finally {
            Directories.deleteRecursively(data);
        }
    }

    private static String commits(PostgresServer server) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), PostgresServer.USER,
                PostgresServer.PASSWORD)) {
            connection.createStatement().execute("create table if not exists bench (id serial primary key, body text)");
            connection.setAutoCommit(false);
            long[] micros = new long[COMMITS];
            for (int i = 0; i < COMMITS; i++) {
                long started = System.nanoTime();
                connection.createStatement().executeUpdate("insert into bench (body) values ('row " + i + "')");
                connection.commit();
                micros[i] = (System.nanoTime() - started) / 1_000;
            }
            var count = connection.createStatement().executeQuery("select count(*) from bench");
            count.next();
            assertEquals(COMMITS, count.getInt(1));
            Arrays.sort(micros);
            return String.format("p50 %.2f ms, p99 %.2f ms", micros[COMMITS / 2] / 1e3, micros[COMMITS * 99 / 100] / 1e3);
        }
    }
}
