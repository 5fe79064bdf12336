package fr.interieur.cls.eventstore;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The little SQL that differs between PostgreSQL (production) and H2 (the embedded run). */
public enum SqlDialect {

    POSTGRESQL("CAST(? AS jsonb)"),
    H2("? FORMAT JSON");

    private final String jsonParameter;

    SqlDialect(String jsonParameter) {
        this.jsonParameter = jsonParameter;
    }

    /** Where this database's own event store migrations are: {@code db/eventstore/<folder>}. */
    public String migrationFolder() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static SqlDialect of(javax.sql.DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
    }

    /** A statement parameter that binds a JSON text to a JSON column. */
    public String jsonParameter() {
        return jsonParameter;
    }

    public static SqlDialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        if (product.contains("h2")) {
            return H2;
        }
        throw new IllegalStateException("unsupported database: " + product);
    }
}
