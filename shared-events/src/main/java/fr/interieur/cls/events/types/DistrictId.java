package fr.interieur.cls.events.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a district; 1 to 64 URL-safe characters. */
public record DistrictId(@JsonValue String value) implements Comparable<DistrictId> {

    public DistrictId {
        Checks.identifier(value, "district id");
    }

    @JsonCreator
    public static DistrictId of(String value) {
        return new DistrictId(value);
    }

    @Override
    public int compareTo(DistrictId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
