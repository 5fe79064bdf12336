package fr.interieur.cls.eventstore.integrity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import fr.interieur.cls.events.EventJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalJsonTest {

    // The engine reads with the event mapper (decimals exact); an auditor's tool may read floats as doubles. For
    // numbers a double holds exactly, the canonical form must not depend on which.
    private static final ObjectMapper EVENTS = EventJson.newObjectMapper();
    private static final ObjectMapper DOUBLES = new ObjectMapper();

    static Stream<ObjectMapper> mappers() {
        return Stream.of(EVENTS, DOUBLES);
    }

    private static String canonical(ObjectMapper mapper, String json) throws JsonProcessingException {
        return CanonicalJson.toString(mapper.readTree(json));
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void keyOrderAndWhiteSpaceDoNotMatter(ObjectMapper mapper) throws JsonProcessingException {
        String spaced = """
                {
                  "signedOn" : "1999-01-10",
                  "contractId" : "CLS-69-AGGLO-EST-1999",
                  "signatures" : [ { "signedBy" : "le préfet", "partnerId" : "prefet-69" } ]
                }
                """;
        String compact = "{\"contractId\":\"CLS-69-AGGLO-EST-1999\",\"signatures\":[{\"partnerId\":\"prefet-69\","
                + "\"signedBy\":\"le préfet\"}],\"signedOn\":\"1999-01-10\"}";

        assertThat(canonical(mapper, spaced)).isEqualTo(canonical(mapper, compact)).isEqualTo(compact);
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void sortsNestedObjectsAndKeepsArrayOrder(ObjectMapper mapper) throws JsonProcessingException {
        String json = "{\"z\":{\"b\":[3,1,{\"y\":true,\"x\":false}],\"a\":{}},\"m\":[],\"a\":[[2,1],[]]}";

        assertThat(canonical(mapper, json)).isEqualTo(
                "{\"a\":[[2,1],[]],\"m\":[],\"z\":{\"a\":{},\"b\":[3,1,{\"x\":false,\"y\":true}]}}");
        assertThat(canonical(mapper, "[1,2]")).isNotEqualTo(canonical(mapper, "[2,1]"));
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void sortsKeysByUtf16CodeUnits(ObjectMapper mapper) throws JsonProcessingException {
        // 😀 is U+1F600, written in UTF-16 as D83D DE00, so it sorts before ｡ (U+FF61), unlike code point
        // order; capitals before small letters; "" first; é (U+00E9) after every ASCII letter
        String json = "{\"｡\":7,\"😀\":6,\"é\":4,\"b\":1,\"aa\":8,\"a\":2,\"A\":3,\"z\":5,\"\":9}";

        assertThat(canonical(mapper, json))
                .isEqualTo("{\"\":9,\"A\":3,\"a\":2,\"aa\":8,\"b\":1,\"z\":5,\"é\":4,\"😀\":6,\"｡\":7}");
    }

    @Test
    void escapesOnlyQuoteBackslashAndControlCharacters() {
        String value = "\"quoted\" back\\slash \b\f\n\r\t \u0000\u0001\u001a\u001f / é € 😀 \u007f";

        String written = CanonicalJson.toString(JsonNodeFactory.instance.textNode(value));

        assertThat(written).isEqualTo(
                "\"\\\"quoted\\\" back\\\\slash \\b\\f\\n\\r\\t \\u0000\\u0001\\u001a\\u001f / é € 😀 \u007f\"");
    }

    @Test
    void writesNonAsciiAsRawUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        CanonicalJson.write(JsonNodeFactory.instance.objectNode().put("é", "😀"), out);

        // é is C3 A9, 😀 is F0 9F 98 80: no \\u escape, no modified UTF-8 for the surrogate pair
        assertThat(out.toByteArray()).containsExactly(
                '{', '"', 0xC3, 0xA9, '"', ':', '"', 0xF0, 0x9F, 0x98, 0x80, '"', '}');
        assertThat(out.toByteArray()).isEqualTo("{\"é\":\"😀\"}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEscapedAndRawSpellingsOfTheSameStringAlike() throws JsonProcessingException {
        assertThat(canonical(EVENTS, "\"V\\u00e9nissieux \\/ \\ud83d\\ude00\""))
                .isEqualTo(canonical(EVENTS, "\"Vénissieux / 😀\""))
                .isEqualTo("\"Vénissieux / 😀\"");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "1.50                      | 1.5",
            "1.5E0                     | 1.5",
            "15E-1                     | 1.5",
            "1E+2                      | 100",
            "1e2                       | 100",
            "100                       | 100",
            "100.0                     | 100",
            "-0                        | 0",
            "-0.0                      | 0",
            "0.000                     | 0",
            "0                         | 0",
            "-1.250                    | -1.25",
            "152449.02                 | 152449.02",
            "0.1                       | 0.1",
            "1E-7                      | 0.0000001",
            "123456789012345678901234  | 123456789012345678901234",
            "-123456789012345678901234 | -123456789012345678901234",
            "9223372036854775808       | 9223372036854775808"
    })
    void writesNumbersAsPlainDecimalsWithoutTrailingZeros(String json, String expected) throws JsonProcessingException {
        for (ObjectMapper mapper : mappers().toList()) {
            assertThat(canonical(mapper, json)).as("read by %s", mapper == EVENTS ? "EventJson" : "a mapper reading doubles")
                                               .isEqualTo(expected);
            assertThat(canonical(mapper, "{\"n\":" + json + "}")).isEqualTo("{\"n\":" + expected + "}");
        }
    }

    @Test
    void keepsEveryDigitOfADecimalReadByTheEventMapper() throws JsonProcessingException {
        // a double would round both to 0.12345678901234568: a changed 19th digit would go unnoticed
        assertThat(canonical(EVENTS, "0.12345678901234567890")).isEqualTo("0.1234567890123456789");
        assertThat(canonical(EVENTS, "0.1234567890123456788")).isEqualTo("0.1234567890123456788");
        assertThat(canonical(EVENTS, "123456789.123456789000")).isEqualTo("123456789.123456789");
    }

    @Test
    void writesNumbersBuiltInCodeTheSameWay() {
        JsonNodeFactory exact = JsonNodeFactory.withExactBigDecimals(true);

        assertThat(CanonicalJson.toString(exact.numberNode(new BigDecimal("1.50")))).isEqualTo("1.5");
        assertThat(CanonicalJson.toString(exact.numberNode(new BigDecimal("1E+3")))).isEqualTo("1000");
        assertThat(CanonicalJson.toString(exact.numberNode(new BigDecimal("-0.00")))).isEqualTo("0");
        assertThat(CanonicalJson.toString(exact.numberNode(1.5d))).isEqualTo("1.5");
        assertThat(CanonicalJson.toString(exact.numberNode(3L))).isEqualTo("3");
        assertThat(CanonicalJson.toString(exact.numberNode(new BigInteger("123456789012345678901234"))))
                .isEqualTo("123456789012345678901234");
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void writesLiterals(ObjectMapper mapper) throws JsonProcessingException {
        assertThat(canonical(mapper, "[ true , false , null ]")).isEqualTo("[true,false,null]");
        assertThat(canonical(mapper, "{ \"x\" : null }")).isEqualTo("{\"x\":null}");
        assertThat(canonical(mapper, "\"\"")).isEqualTo("\"\"");
    }

    @Test
    void distinguishesValuesThatOnlyLookAlike() throws JsonProcessingException {
        assertThat(canonical(EVENTS, "\"1\"")).isNotEqualTo(canonical(EVENTS, "1"));
        assertThat(canonical(EVENTS, "\"true\"")).isNotEqualTo(canonical(EVENTS, "true"));
        assertThat(canonical(EVENTS, "\"null\"")).isNotEqualTo(canonical(EVENTS, "null"));
        assertThat(canonical(EVENTS, "{\"a\":1}")).isNotEqualTo(canonical(EVENTS, "{\"A\":1}"));
        assertThat(canonical(EVENTS, "{\"a\":\"b,c\"}")).isNotEqualTo(canonical(EVENTS, "{\"a\":\"b\",\"c\":null}"));
    }

    static Stream<Arguments> sameDocumentsDifferentlyWritten() {
        return Stream.of(
                Arguments.of("{\"amount\":152449.020,\"currency\":\"EUR\"}", "{\"currency\":\"EUR\",\"amount\":152449.02}"),
                Arguments.of("{\"population\":4.45452E5}", "{\"population\":445452}"),
                Arguments.of("[ {\"b\":1 ,\"a\":[ ]} ]", "[{\"a\":[],\"b\":1}]"));
    }

    @ParameterizedTest
    @MethodSource("sameDocumentsDifferentlyWritten")
    void sameDocumentGivesTheSameBytes(String one, String other) throws JsonProcessingException {
        for (ObjectMapper mapper : mappers().toList()) {
            assertThat(canonical(mapper, one)).isEqualTo(canonical(mapper, other));
        }
    }
}
