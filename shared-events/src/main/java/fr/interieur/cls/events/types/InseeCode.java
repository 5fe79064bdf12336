package fr.interieur.cls.events.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/** INSEE code of a commune: five characters, the département's code first ({@code "69123"}, {@code "2A004"}). */
public record InseeCode(@JsonValue String value) implements Comparable<InseeCode> {

    private static final Pattern CODE = Pattern.compile("(0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5])[0-9]{3}|97[12346][0-9]{2}");

    public InseeCode {
        if (value == null || !CODE.matcher(value).matches()) {
            throw new IllegalArgumentException("commune code must be a 5-character INSEE code such as \"69123\"");
        }
    }

    @JsonCreator
    public static InseeCode of(String value) {
        return new InseeCode(value);
    }

    /** The département the commune is in. */
    public DepartementCode departement() {
        return DepartementCode.of(value.startsWith("97") ? value.substring(0, 3) : value.substring(0, 2));
    }

    @Override
    public int compareTo(InseeCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
