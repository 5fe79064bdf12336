package fr.interieur.cls.events.types;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The checks value objects and events run in their compact constructors. They throw
 * {@link IllegalArgumentException} with a message a client can read: the web layer turns it into a 422
 * naming the field.
 */
public final class Checks {

    /** Client-chosen identifiers travel in URLs: letters, digits, dot, dash, underscore. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Checks() {
    }

    public static String identifier(String value, String what) {
        if (value == null || !IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    what + " must be 1 to 64 letters, digits, '.', '-' or '_', starting with a letter or digit");
        }
        return value;
    }

    public static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return clean(value, what).strip();
    }

    /** Optional free text: null stays null, blank becomes null. */
    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : clean(value, "text").strip();
    }

    /**
     * Text is stored as JSON in PostgreSQL, which refuses NUL and unpaired surrogates; other control characters
     * than tab and line breaks have no business in a contract either.
     */
    private static String clean(String value, String what) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                throw new IllegalArgumentException(what + " must not contain control characters");
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    throw new IllegalArgumentException(what + " must be valid Unicode text");
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                throw new IllegalArgumentException(what + " must be valid Unicode text");
            }
        }
        return value;
    }

    public static <T> T present(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    public static long nonNegative(long value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative");
        }
        return value;
    }

    public static BigDecimal nonNegative(BigDecimal value, String what) {
        if (value != null && value.signum() < 0) {
            throw new IllegalArgumentException(what + " must not be negative");
        }
        return value;
    }

    /** An immutable copy; null becomes empty, null elements are refused. */
    public static <T> List<T> list(List<T> values, String what) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(values.size());
        for (T value : values) {
            if (value == null) {
                throw new IllegalArgumentException(what + " must not contain null");
            }
            copy.add(value);
        }
        return Collections.unmodifiableList(copy);
    }

    /** An immutable copy of free texts: blanks refused. */
    public static List<String> texts(List<String> values, String what) {
        List<String> copy = list(values, what);
        return copy.stream().map(v -> text(v, what + " entry")).toList();
    }

    /** An immutable copy whose elements must be distinct. */
    public static <T> List<T> distinct(List<T> values, String what) {
        List<T> copy = list(values, what);
        if (new HashSet<>(copy).size() != copy.size()) {
            throw new IllegalArgumentException(what + " must not repeat an entry");
        }
        return copy;
    }

    public static <T> List<T> distinctBy(List<T> values, Function<T, ?> key, String what) {
        List<T> copy = list(values, what);
        if (copy.stream().map(key).distinct().count() != copy.size()) {
            throw new IllegalArgumentException(what + " must not repeat an entry");
        }
        return copy;
    }

    public static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
