package fr.interieur.cls.events.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a sector; 1 to 64 URL-safe characters. */
public record SectorId(@JsonValue String value) implements Comparable<SectorId> {

    public SectorId {
        Checks.identifier(value, "sector id");
    }

    @JsonCreator
    public static SectorId of(String value) {
        return new SectorId(value);
    }

    @Override
    public int compareTo(SectorId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
