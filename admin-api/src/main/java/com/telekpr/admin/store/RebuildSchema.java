package com.telekpr.admin.store;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * The fresh copy a rebuild fills: schema {@code <schema>_rebuild}, made by the service's own migrations, and
 * swapped in for the live schema by renaming both, so every name the code uses then means the new tables.
 * Blocking (JDBC), for the rebuild's worker thread.
 */
@ApplicationScoped
public class RebuildSchema {
    private final AgroalDataSource dataSource;
    private final Flyway flyway;
    private final String live;

    RebuildSchema(AgroalDataSource dataSource, Flyway flyway, @ConfigProperty(name = "telekpr.schema") String live) {
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.live = live;
    }

    public String name() {
        return live + "_rebuild";
    }

    /** Drops what an earlier, unfinished rebuild left and makes the empty copy. */
    public void createFresh() {
        execute("drop schema if exists " + name() + " cascade");
        Flyway.configure().configuration(flyway.getConfiguration()).schemas(name()).defaultSchema(name())
                .createSchemas(true).load().migrate();
    }

    /** A connection holding the swap's transaction: it takes the exclusive projection lock, then waits for {@link #swap}. */
    public Connection begin() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_xact_lock(" + ProjectionLock.KEY + ")");
        }
        return connection;
    }

    /**
     * Carries the live stream's memory over (its numbers go on, so a client's Last-Event-ID stays good), swaps the
     * schemas and commits; then drops the old copy.
     */
    public void swap(Connection connection) throws SQLException {
        String next = name();
        String retired = live + "_retired";
        try (Statement statement = connection.createStatement()) {
            statement.execute("insert into " + next + ".stream_events select * from " + live + ".stream_events");
            statement.execute("select setval('" + next + ".stream_events_seq_seq', (select coalesce(max(seq), 0) + 1 from "
                    + live + ".stream_events), false)");
            statement.execute("drop schema if exists " + retired + " cascade");
            statement.execute("alter schema " + live + " rename to " + retired);
            statement.execute("alter schema " + next + " rename to " + live);
        }
        connection.commit();
        execute("drop schema " + retired + " cascade");
    }

    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }
}
