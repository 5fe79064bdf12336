package fr.interieur.cls.events.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a meeting; 1 to 64 URL-safe characters. */
public record MeetingId(@JsonValue String value) implements Comparable<MeetingId> {

    public MeetingId {
        Checks.identifier(value, "meeting id");
    }

    @JsonCreator
    public static MeetingId of(String value) {
        return new MeetingId(value);
    }

    @Override
    public int compareTo(MeetingId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
