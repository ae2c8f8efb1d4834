package com.telekpr.admin.store;

import com.telekpr.events.Envelope;
import com.telekpr.events.EnvelopeCodec;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * The fresh copy a rebuild fills: schema {@code <schema>_rebuild}, made by the service's own migrations, and
 * swapped in for the live schema by renaming both, so every name the code uses then means the new tables.
 * Blocking (JDBC), for the rebuild's worker thread.
 */
@ApplicationScoped
public class RebuildSchema {
    /** Held for a whole rebuild, so two replicas never fill one copy at once. */
    private static final long REBUILD_KEY = ProjectionLock.KEY + 2;

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

    /** A connection holding the rebuild's lock for as long as it is open; empty if another rebuild holds it. */
    public Optional<Connection> claim() throws SQLException {
        Connection connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement();
             var result = statement.executeQuery("select pg_try_advisory_lock(" + REBUILD_KEY + ")")) {
            if (result.next() && result.getBoolean(1)) {
                return Optional.of(connection);
            }
        }
        connection.close();
        return Optional.empty();
    }

    /** Drops what an earlier, unfinished rebuild left and makes the empty copy. */
    public void createFresh() throws SQLException {
        execute("drop schema if exists " + name() + " cascade");
        Flyway.configure().configuration(flyway.getConfiguration()).schemas(name()).defaultSchema(name())
                .createSchemas(true).load().migrate();
    }

    /** A connection holding the swap's transaction, once it holds the projection lock alone (live projection waits). */
    public Connection lockLiveProjection() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_xact_lock(" + ProjectionLock.KEY + ")");
        }
        return connection;
    }

    /**
     * Carries the live stream over — its items and its numbering, so a client's Last-Event-ID stays good — adds
     * the {@code caughtUp} events live projection was about to stream, swaps the schemas and commits; then drops
     * the old copy.
     */
    public void swap(Connection connection, List<Envelope> caughtUp) throws SQLException {
        String next = name();
        String retired = live + "_retired";
        try (Statement statement = connection.createStatement()) {
            statement.execute("insert into " + next + ".stream_events select * from " + live + ".stream_events");
            statement.execute("update " + next + ".stream_state set forgotten_through = (select forgotten_through from "
                    + live + ".stream_state)");
            statement.execute("select setval('" + next + ".stream_events_seq_seq', last_value, is_called) from "
                    + live + ".stream_events_seq_seq");
        }
        streamCaughtUp(connection, caughtUp);
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + retired + " cascade");
            statement.execute("alter schema " + live + " rename to " + retired);
            statement.execute("alter schema " + next + " rename to " + live);
        }
        connection.commit();
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop schema " + retired + " cascade");
        }
        connection.commit();
    }

    /** The events read under the lock that live projection had not recorded: it will find them done, so stream them here. */
    private void streamCaughtUp(Connection connection, List<Envelope> caughtUp) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into " + name() + ".stream_events (event_id,"
                + " kind, at, data) select ?, ?, ?, ? where not exists (select 1 from " + live + ".processed_messages"
                + " where message_id = ?) on conflict do nothing")) {
            for (Envelope envelope : caughtUp) {
                if (StreamLog.STREAMED.contains(envelope.type())) {
                    insert.setObject(1, envelope.id());
                    insert.setString(2, envelope.type());
                    insert.setTimestamp(3, Timestamp.from(envelope.time()));
                    insert.setString(4, EnvelopeCodec.encode(envelope));
                    insert.setObject(5, envelope.id());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
