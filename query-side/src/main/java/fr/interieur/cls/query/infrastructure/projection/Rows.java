package fr.interieur.cls.query.infrastructure.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interieur.cls.eventstore.SqlDialect;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rows a batch of events changes in one slot of one projection, kept in memory until the batch commits:
 * each row is read at most once per batch and written once, in JDBC batches, in the same transaction as the
 * processor's token. Handlers read through {@link #find} and write with {@link #put} and {@link #delete}. A JSON
 * column may hold a document object while the batch runs: it is written as JSON once, at the end.
 */
public final class Rows {

    private final JdbcTemplate jdbc;
    private final String schema;
    private final SqlDialect dialect;
    private final ObjectMapper json;
    private final Map<Table, Map<List<Object>, Optional<Row>>> known = new LinkedHashMap<>();
    private final Map<Table, Map<List<Object>, Optional<Row>>> changed = new LinkedHashMap<>();

    public Rows(JdbcTemplate jdbc, String schema, SqlDialect dialect, ObjectMapper json) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.dialect = dialect;
        this.json = json;
    }

    public Optional<Row> find(Table table, Object... key) {
        List<Object> id = List.of(key);
        return known.computeIfAbsent(table, t -> new HashMap<>()).computeIfAbsent(id, k -> load(table, k));
    }

    public void put(Table table, Row row) {
        List<Object> id = table.key().stream().map(column -> row.get(column.name())).toList();
        known.computeIfAbsent(table, t -> new HashMap<>()).put(id, Optional.of(row));
        changed.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(id, Optional.of(row));
    }

    public void delete(Table table, Object... key) {
        List<Object> id = List.of(key);
        known.computeIfAbsent(table, t -> new HashMap<>()).put(id, Optional.empty());
        changed.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(id, Optional.empty());
    }

    /** Writes every change of the batch: deletions, then upserts, one JDBC batch per table. */
    public void flush() {
        for (Map.Entry<Table, Map<List<Object>, Optional<Row>>> entry : changed.entrySet()) {
            Table table = entry.getKey();
            List<List<Object>> deletions = new ArrayList<>();
            List<Row> upserts = new ArrayList<>();
            entry.getValue().forEach((id, row) -> {
                if (row.isPresent()) {
                    upserts.add(row.get());
                } else {
                    deletions.add(id);
                }
            });
            if (!deletions.isEmpty()) {
                String where = table.key().stream().map(c -> c.name() + " = ?").collect(Collectors.joining(" AND "));
                jdbc.batchUpdate("DELETE FROM " + schema + "." + table.name() + " WHERE " + where, deletions, 500,
                                 (statement, id) -> {
                                     for (int i = 0; i < id.size(); i++) {
                                         bind(statement, i + 1, table.key().get(i), id.get(i));
                                     }
                                 });
            }
            if (!upserts.isEmpty()) {
                List<Column> columns = table.allColumns();
                jdbc.batchUpdate(upsertSql(table), upserts, 500, (statement, row) -> {
                    for (int i = 0; i < columns.size(); i++) {
                        bind(statement, i + 1, columns.get(i), row.get(columns.get(i).name()));
                    }
                });
            }
        }
        changed.clear();
    }

    private String upsertSql(Table table) {
        List<Column> columns = table.allColumns();
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        String values = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        String keys = table.key().stream().map(Column::name).collect(Collectors.joining(", "));
        if (dialect == SqlDialect.H2) {
            return "MERGE INTO " + schema + "." + table.name() + " (" + names + ") KEY (" + keys + ") VALUES ("
                   + values + ")";
        }
        String updates = table.columns().isEmpty()
                ? " DO NOTHING"
                : " DO UPDATE SET " + table.columns().stream().map(c -> c.name() + " = EXCLUDED." + c.name())
                                             .collect(Collectors.joining(", "));
        return "INSERT INTO " + schema + "." + table.name() + " (" + names + ") VALUES (" + values + ") ON CONFLICT ("
               + keys + ")" + updates;
    }

    private Optional<Row> load(Table table, List<Object> id) {
        String where = table.key().stream().map(c -> c.name() + " = ?").collect(Collectors.joining(" AND "));
        List<Column> columns = table.allColumns();
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        List<Row> rows = jdbc.query("SELECT " + names + " FROM " + schema + "." + table.name() + " WHERE " + where,
                                    statement -> {
                                        for (int i = 0; i < id.size(); i++) {
                                            bind(statement, i + 1, table.key().get(i), id.get(i));
                                        }
                                    },
                                    (resultSet, i) -> read(resultSet, columns));
        return rows.stream().findFirst();
    }

    static Row read(ResultSet resultSet, List<Column> columns) throws SQLException {
        Row row = new Row();
        for (Column column : columns) {
            row.set(column.name(), value(resultSet, column));
        }
        return row;
    }

    private static Object value(ResultSet resultSet, Column column) throws SQLException {
        return switch (column.type()) {
            case TEXT, JSON -> resultSet.getString(column.name());
            case LONG -> {
                long value = resultSet.getLong(column.name());
                yield resultSet.wasNull() ? null : value;
            }
            case INT -> {
                int value = resultSet.getInt(column.name());
                yield resultSet.wasNull() ? null : value;
            }
            case BOOL -> {
                boolean value = resultSet.getBoolean(column.name());
                yield resultSet.wasNull() ? null : value;
            }
            case DATE -> {
                Date value = resultSet.getDate(column.name());
                yield value == null ? null : value.toLocalDate();
            }
            case INSTANT -> {
                OffsetDateTime value = resultSet.getObject(column.name(), OffsetDateTime.class);
                yield value == null ? null : value.toInstant();
            }
        };
    }

    /** JSON columns take JSON text, or an object written as JSON when the batch is flushed. */
    private void bind(PreparedStatement statement, int index, Column column, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, switch (column.type()) {
                case TEXT, JSON -> Types.VARCHAR;
                case LONG -> Types.BIGINT;
                case INT -> Types.INTEGER;
                case BOOL -> Types.BOOLEAN;
                case DATE -> Types.DATE;
                case INSTANT -> Types.TIMESTAMP_WITH_TIMEZONE;
            });
            return;
        }
        switch (column.type()) {
            case TEXT -> statement.setString(index, value.toString());
            case JSON -> statement.setString(index, value instanceof String text ? text : write(value));
            case LONG -> statement.setLong(index, ((Number) value).longValue());
            case INT -> statement.setInt(index, ((Number) value).intValue());
            case BOOL -> statement.setBoolean(index, (Boolean) value);
            case DATE -> statement.setDate(index, Date.valueOf((LocalDate) value));
            case INSTANT -> statement.setObject(index, ((Instant) value).atOffset(ZoneOffset.UTC));
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    @Override
    public String toString() {
        return "rows of " + schema + " " + Arrays.toString(changed.keySet().stream().map(Table::name).toArray());
    }
}
