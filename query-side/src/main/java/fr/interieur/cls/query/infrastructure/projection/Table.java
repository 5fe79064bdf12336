package fr.interieur.cls.query.infrastructure.projection;

import java.util.List;
import java.util.stream.Stream;

/**
 * A projection table: its name (unqualified: it exists once per slot schema), its key columns and the others.
 */
public record Table(String name, List<Column> key, List<Column> columns) {

    public Table {
        key = List.copyOf(key);
        columns = List.copyOf(columns);
    }

    public static Table of(String name, List<Column> key, Column... columns) {
        return new Table(name, key, List.of(columns));
    }

    public List<Column> allColumns() {
        return Stream.concat(key.stream(), columns.stream()).toList();
    }
}
