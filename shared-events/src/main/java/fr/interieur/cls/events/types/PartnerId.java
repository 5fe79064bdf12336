package fr.interieur.cls.events.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a partner; 1 to 64 URL-safe characters. */
public record PartnerId(@JsonValue String value) implements Comparable<PartnerId> {

    public PartnerId {
        Checks.identifier(value, "partner id");
    }

    @JsonCreator
    public static PartnerId of(String value) {
        return new PartnerId(value);
    }

    @Override
    public int compareTo(PartnerId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
