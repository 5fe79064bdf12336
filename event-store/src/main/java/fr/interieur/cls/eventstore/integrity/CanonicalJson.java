package fr.interieur.cls.eventstore.integrity;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One byte sequence per JSON value, whatever the key order, white space or number spelling it was stored with:
 * <ul>
 *     <li>no white space;</li>
 *     <li>object members sorted by key, comparing UTF-16 code units (as RFC 8785);</li>
 *     <li>strings escape only {@code "}, {@code \} and control characters ({@code \b \f \n \r \t}, else
 *     {@code \}{@code u00xx} in lower case); everything else is written as UTF-8;</li>
 *     <li>numbers as plain decimals without exponent or trailing zeros ({@code 1.50} and {@code 1.5E0} are
 *     {@code 1.5}, {@code -0} is {@code 0});</li>
 *     <li>{@code true}, {@code false}, {@code null}.</li>
 * </ul>
 * PostgreSQL's {@code jsonb} reorders keys and drops white space but keeps numbers as written; both writers and
 * readers of the hash chain go through this class, so the stored form never matters.
 */
public final class CanonicalJson {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private CanonicalJson() {
    }

    public static String toString(JsonNode node) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        write(node, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    public static void write(JsonNode node, OutputStream out) {
        try {
            writeValue(node, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeValue(JsonNode node, OutputStream out) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> writeObject(node, out);
            case ARRAY -> {
                out.write('[');
                boolean first = true;
                for (JsonNode element : node) {
                    if (!first) {
                        out.write(',');
                    }
                    first = false;
                    writeValue(element, out);
                }
                out.write(']');
            }
            case STRING -> writeString(node.textValue(), out);
            case NUMBER -> writeAscii(canonicalNumber(node), out);
            case BOOLEAN -> writeAscii(node.booleanValue() ? "true" : "false", out);
            case NULL, MISSING -> writeAscii("null", out);
            default -> throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }

    private static void writeObject(JsonNode node, OutputStream out) throws IOException {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.size());
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            members.add(it.next());
        }
        // String.compareTo compares UTF-16 code units, the order RFC 8785 asks for
        members.sort(Map.Entry.comparingByKey());
        out.write('{');
        boolean first = true;
        for (Map.Entry<String, JsonNode> member : members) {
            if (!first) {
                out.write(',');
            }
            first = false;
            writeString(member.getKey(), out);
            out.write(':');
            writeValue(member.getValue(), out);
        }
        out.write('}');
    }

    static String canonicalNumber(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        BigDecimal value = node.decimalValue();
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    private static void writeString(String value, OutputStream out) throws IOException {
        out.write('"');
        int length = value.length();
        int start = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20) {
                if (i > start) {
                    out.write(value.substring(start, i).getBytes(StandardCharsets.UTF_8));
                }
                start = i + 1;
                out.write('\\');
                switch (c) {
                    case '"' -> out.write('"');
                    case '\\' -> out.write('\\');
                    case '\b' -> out.write('b');
                    case '\f' -> out.write('f');
                    case '\n' -> out.write('n');
                    case '\r' -> out.write('r');
                    case '\t' -> out.write('t');
                    default -> {
                        out.write('u');
                        out.write('0');
                        out.write('0');
                        out.write(HEX[c >> 4]);
                        out.write(HEX[c & 0xF]);
                    }
                }
            }
        }
        if (start < length) {
            out.write((start == 0 ? value : value.substring(start)).getBytes(StandardCharsets.UTF_8));
        }
        out.write('"');
    }

    private static void writeAscii(String value, OutputStream out) throws IOException {
        out.write(value.getBytes(StandardCharsets.US_ASCII));
    }
}
