package fr.interieur.cls.query.infrastructure.projection;

/**
 * A column of a projection table and how its values travel through JDBC. {@link Type#JSON} is JSON text in a
 * TEXT column (kept as written, key order included: projections are read whole, never queried inside).
 */
public record Column(String name, Type type) {

    public enum Type { TEXT, LONG, INT, DATE, INSTANT, BOOL, JSON }

    public static Column text(String name) {
        return new Column(name, Type.TEXT);
    }

    public static Column longs(String name) {
        return new Column(name, Type.LONG);
    }

    public static Column ints(String name) {
        return new Column(name, Type.INT);
    }

    public static Column date(String name) {
        return new Column(name, Type.DATE);
    }

    /** A moment, in a TIMESTAMP WITH TIME ZONE column. */
    public static Column instant(String name) {
        return new Column(name, Type.INSTANT);
    }

    public static Column bool(String name) {
        return new Column(name, Type.BOOL);
    }

    public static Column json(String name) {
        return new Column(name, Type.JSON);
    }
}
