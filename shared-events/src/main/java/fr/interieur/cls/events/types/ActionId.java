package fr.interieur.cls.events.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a action; 1 to 64 URL-safe characters. */
public record ActionId(@JsonValue String value) implements Comparable<ActionId> {

    public ActionId {
        Checks.identifier(value, "action id");
    }

    @JsonCreator
    public static ActionId of(String value) {
        return new ActionId(value);
    }

    @Override
    public int compareTo(ActionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
