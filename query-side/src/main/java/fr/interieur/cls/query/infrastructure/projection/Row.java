package fr.interieur.cls.query.infrastructure.projection;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** One row of a projection table: column name to value (String, Long, Integer, LocalDate, Boolean, JSON text). */
public final class Row {

    private final Map<String, Object> values;

    public Row() {
        this.values = new LinkedHashMap<>();
    }

    private Row(Map<String, Object> values) {
        this.values = new LinkedHashMap<>(values);
    }

    public Row with(String column, Object value) {
        Row copy = new Row(values);
        copy.values.put(column, value);
        return copy;
    }

    public Row set(String column, Object value) {
        values.put(column, value);
        return this;
    }

    public Object get(String column) {
        return values.get(column);
    }

    public String text(String column) {
        return (String) values.get(column);
    }

    public long longValue(String column) {
        Object value = values.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }

    public int intValue(String column) {
        Object value = values.get(column);
        return value == null ? 0 : ((Number) value).intValue();
    }

    public LocalDate date(String column) {
        return (LocalDate) values.get(column);
    }

    public boolean bool(String column) {
        return Boolean.TRUE.equals(values.get(column));
    }

    Map<String, Object> values() {
        return values;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
