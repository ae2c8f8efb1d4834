package com.telekpr.testkit;

import com.telekpr.infrastructure.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Read-only looks into the test database, to check what a service really stored. */
public final class Sql {
    private Sql() {
    }

    public static Connection connect() {
        try {
            return DriverManager.getConnection(TelekprInfrastructure.jdbcUrl(), PostgresServer.USER,
                    PostgresServer.PASSWORD);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the test database", e);
        }
    }

    /** The first column of every row of {@code query}. */
    public static List<Object> column(String query, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Object> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getObject(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + query, e);
        }
    }

    /** Runs a statement that changes rows, e.g. to damage data on purpose and see it detected. */
    public static int update(String statement, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement prepared = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                prepared.setObject(i + 1, parameters[i]);
            }
            return prepared.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("statement failed: " + statement, e);
        }
    }

    public static long count(String query, Object... parameters) {
        return ((Number) column(query, parameters).get(0)).longValue();
    }
}
