package fr.interieur.cls.query.infrastructure.projection;

/** One of the two copies of every projection's tables: schema {@code query_a} or {@code query_b}. */
public enum Slot {
    A, B;

    public String code() {
        return name().toLowerCase();
    }

    public String schema() {
        return "query_" + code();
    }

    public Slot other() {
        return this == A ? B : A;
    }

    public static Slot of(String code) {
        return valueOf(code.trim().toUpperCase());
    }
}
