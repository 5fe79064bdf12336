package fr.interieur.cls.events.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifier of a contract; 1 to 64 URL-safe characters. */
public record ContractId(@JsonValue String value) implements Comparable<ContractId> {

    public ContractId {
        Checks.identifier(value, "contract id");
    }

    @JsonCreator
    public static ContractId of(String value) {
        return new ContractId(value);
    }

    @Override
    public int compareTo(ContractId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
