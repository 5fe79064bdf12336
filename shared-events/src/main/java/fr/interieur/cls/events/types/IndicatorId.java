package fr.interieur.cls.events.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a indicator; 1 to 64 URL-safe characters. */
public record IndicatorId(@JsonValue String value) implements Comparable<IndicatorId> {

    public IndicatorId {
        Checks.identifier(value, "indicator id");
    }

    @JsonCreator
    public static IndicatorId of(String value) {
        return new IndicatorId(value);
    }

    @Override
    public int compareTo(IndicatorId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
