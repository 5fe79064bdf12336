package fr.interieur.cls.events.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a amendment; 1 to 64 URL-safe characters. */
public record AmendmentId(@JsonValue String value) implements Comparable<AmendmentId> {

    public AmendmentId {
        Checks.identifier(value, "amendment id");
    }

    @JsonCreator
    public static AmendmentId of(String value) {
        return new AmendmentId(value);
    }

    @Override
    public int compareTo(AmendmentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
