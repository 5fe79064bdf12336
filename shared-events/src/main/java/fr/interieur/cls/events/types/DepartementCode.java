package fr.interieur.cls.events.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * INSEE code of a département: {@code "01"} to {@code "95"} (no {@code "20"}, Corsica is {@code "2A"} and
 * {@code "2B"}), and the overseas départements {@code "971"} to {@code "974"} and {@code "976"}.
 */
public record DepartementCode(@JsonValue String value) implements Comparable<DepartementCode> {

    private static final Pattern CODE = Pattern.compile("0[1-9]|1[0-9]|2[1-9]|2[AB]|[3-8][0-9]|9[0-5]|97[12346]");

    public DepartementCode {
        if (value == null || !CODE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "département must be an INSEE département code such as \"69\", \"2A\" or \"971\"");
        }
    }

    @JsonCreator
    public static DepartementCode of(String value) {
        return new DepartementCode(value);
    }

    @Override
    public int compareTo(DepartementCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
