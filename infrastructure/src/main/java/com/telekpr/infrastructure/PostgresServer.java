package com.telekpr.infrastructure;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server (the embedded binaries, same major version as production), started
 * without Docker: either throw-away for a test JVM, or on a kept data directory for the local stack.
 */
public final class PostgresServer implements AutoCloseable {
    public static final String DATABASE = "telekpr";
    public static final String USER = "postgres";
    /** The embedded server trusts local connections; clients still need some password to send. */
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        createDatabaseIfMissing();
    }

    /** A server on a free port whose data directory is deleted when it stops. */
    public static PostgresServer startTemporary() {
        return start(EmbeddedPostgres.builder().setCleanDataDirectory(true));
    }

    /**
     * A server on {@code port} that keeps its data in {@code dataDirectory} between runs, durably: the
     * embedded library's test defaults (fsync off, synchronous_commit off) would let a power cut lose or
     * corrupt what the local stack promises to keep, and for a small business this stack may be production.
     */
    public static PostgresServer startPersistent(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // later -c settings win over the library's own -F (fsync=off)
        return start(EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on"));
    }

    private static PostgresServer start(EmbeddedPostgres.Builder builder) {
        try {
            // Six services with their pools share one server in the local stack and in tests.
            return new PostgresServer(builder.setServerConfig("max_connections", "300").start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    /** The value of a server setting, as {@code SHOW name} gives it. */
    public String setting(String name) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            var rows = statement.executeQuery("show " + name);
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read setting " + name, e);
        }
    }

    public String reactiveUrl() {
        return "postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + DATABASE, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
