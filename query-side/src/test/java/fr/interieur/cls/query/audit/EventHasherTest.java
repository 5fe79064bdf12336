package fr.interieur.cls.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interieur.cls.events.EventJson;
import fr.interieur.cls.eventstore.integrity.CanonicalJson;
import fr.interieur.cls.eventstore.integrity.EventHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier's hasher must hash exactly what {@link EventHash} hashes, byte for byte, whatever the stored spelling
 * of the JSON: the reference is EventHash over JSON trees read with the event mapper.
 */
class EventHasherTest {

    private static final ObjectMapper JSON = EventJson.newObjectMapper();
    private static final String PREVIOUS = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void givesTheGoldenHashOfEventHashTest() throws IOException {
        String payload = """
                {"contractId":"CLS-69-AGGLO-EST-1999","actionId":"FA-03-mediation-minguettes",
                 "previousStatus":"PLANNED","status":"IN_PROGRESS",
                 "measurements":[{"value":15.750,"indicatorId":"IND-incivilites","measuredOn":"1999-09-30"}],
                 "note":"Six médiateurs recrutés"}""";
        String metadata = """
                {"reason":"comité de pilotage du 15 juin 1999","actor":"prefecture-69/agent-12",
                 "correlationId":"c0ffee00-0000-4000-8000-000000000001", "hash": "whatever",
                 "previousHash": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}""";
        EventHasher hasher = new EventHasher();
        hasher.prepare(bytes("CLS-69-AGGLO-EST-1999"), 7, bytes("ActionProgressRecorded"), bytes("1"),
                       bytes("2000-10-16T09:30:00.000Z"), bytes(payload), bytes(metadata));
        byte[] hash = new byte[64];
        hasher.hash(bytes(PREVIOUS), hash);

        assertThat(new String(hash, StandardCharsets.US_ASCII))
                .isEqualTo("e97ea7dd813c42f5940e69ec78dd892584554c369b0c998fe0f4083b98bb4f84");
        assertThat(hasher.hasStoredPreviousHash()).isTrue();
        assertThat(new String(hasher.storedPreviousHash(), StandardCharsets.US_ASCII)).isEqualTo(PREVIOUS);
        assertThat(hasher.hasStoredHash()).as("\"whatever\" is no hash").isFalse();
    }

    @Test
    void matchesEventHashOnDocumentsOfEveryShape() throws IOException {
        List<String> documents = List.of(
                "{ \"contractId\" : \"CLS-69\",  \"signedOn\":\"1999-01-10\", \"signatures\" : [ {\"signedBy\":\"le "
                        + "préfet\",\"partnerId\":\"prefet-69\",\"onBehalfOf\":\"l'État\"} ] }",
                "{\"zz\":1,\"a\":2,\"aaa\":3,\"aa\":4,\"B\":5,\"é\":6,\"😀\":7,\"｡\":8,\"\":9}",
                "{\"amount\":152449.020,\"baseline\":18.40,\"target\":1.5E0,\"hundred\":1E+2,\"small\":1e-7,"
                        + "\"zero\":0.000,\"minusZero\":-0,\"negative\":-1.250,\"population\":445452,"
                        + "\"big\":123456789012345678901234,\"negZeroDecimal\":-0.0,\"exact\":0.1234567890123456789,"
                        + "\"hundredDecimal\":100.0,\"tenth\":0.10,\"negBig\":-123456789012345678901234}",
                "{\"text\":\"quote \\\" backslash \\\\ slash \\/ controls \\b\\f\\n\\r\\t\\u0001\\u001F "
                        + "escaped \\u00e9\\ud83d\\ude00 raw é😀 \\u007f\"}",
                "{\"nested\":{\"list\":[3,1,2,{\"y\":null,\"x\":[true,false]}],\"empty\":{},\"none\":[]},\"b\":\"\"}",
                "[1.50, {\"b\":1,\"a\":2}, \"x\", null]",
                "{\"duplicate\":1,\"other\":0,\"duplicate\":2}",
                "{\"hash\":{\"nested\":\"kept\"},\"previousHash\":\"kept in a payload\"}",
                "\"just a string\"", "42", "null", "[]", "{}");
        for (String document : documents) {
            assertSameCanonicalForm(document, "{\"actor\":\"pref-69\",\"hash\":\"" + "a".repeat(64) + "\"}");
            assertSameCanonicalForm("{\"contractId\":\"X\"}", document);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void matchesEventHashOnRandomDocuments(long seed) throws IOException {
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            assertSameCanonicalForm(randomObject(random, 0), randomObject(random, 0));
        }
    }

    @Test
    void metadataWithoutHashFieldsAndMissingMetadataHashAsEventHashSays() throws IOException {
        assertSameCanonicalForm("{\"a\":1}", null);
        assertSameCanonicalForm("{\"a\":1}", "null");
        assertSameCanonicalForm("{\"a\":1}", "{\"previousHash\":12,\"hash\":[1,2],\"z\":{\"hash\":\"kept\"}}");
        assertSameCanonicalForm("{\"a\":1}", "{\"hash\":\"" + "b".repeat(64) + "\"}");
    }

    @Test
    void aNullRevisionIsJsonNull() throws IOException {
        EventHasher hasher = new EventHasher();
        hasher.prepare(bytes("agg"), 0, bytes("T"), null, bytes("2000-01-01T00:00:00.000Z"), bytes("{}"), null);
        String expected = CanonicalJson.toString(EventHash.canonicalForm(new EventHash.Input(
                EventHash.GENESIS, "agg", 0, "T", null, "2000-01-01T00:00:00.000Z", JSON.readTree("{}"), null)));

        assertThat(new String(hasher.canonicalForm(EventHasher.GENESIS), StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void refusesWhatIsNotJson() {
        EventHasher hasher = new EventHasher();
        for (String broken : List.of("{\"a\":", "{} {}", "", "{\"a\" 1}")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> hasher.prepare(
                    bytes("agg"), 0, bytes("T"), bytes("1"), bytes("t"), bytes(broken), null))
                    .as(broken).isInstanceOf(IOException.class);
        }
    }

    private static void assertSameCanonicalForm(String payload, String metadata) throws IOException {
        String aggregate = "CLS-69-\"quoted\"-é";
        EventHash.Input input = new EventHash.Input(PREVIOUS, aggregate, 12, "ContractSigned", "2",
                "1999-01-10T10:00:00.000Z", JSON.readTree(payload), metadata == null ? null : JSON.readTree(metadata));
        String expected = CanonicalJson.toString(EventHash.canonicalForm(input));

        EventHasher hasher = new EventHasher();
        hasher.prepare(bytes(aggregate), 12, bytes("ContractSigned"), bytes("2"), bytes("1999-01-10T10:00:00.000Z"),
                       bytes(payload), metadata == null ? null : bytes(metadata));
        assertThat(new String(hasher.canonicalForm(bytes(PREVIOUS)), StandardCharsets.UTF_8))
                .as("payload %s, metadata %s", payload, metadata).isEqualTo(expected);
        byte[] hash = new byte[64];
        hasher.hash(bytes(PREVIOUS), hash);
        assertThat(new String(hash, StandardCharsets.US_ASCII)).isEqualTo(EventHash.hash(input));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // random JSON, written with random white space, key order and number spellings

    private static final String[] KEYS = {"a", "b", "aa", "B", "Z", "é", "😀", "｡", "", "hash", "previousHash",
            "contractId", "sequence", "x y", "k\"q", "back\\slash", "tab\t", "ü", "日本"};
    private static final String[] NUMBERS = {"0", "-0", "1", "-1", "42", "1.50", "1.5E0", "15E-1", "1E+2", "1e2",
            "100.0", "-0.0", "0.000", "-1.250", "152449.02", "0.1", "1E-7", "123456789012345678901234",
            "-123456789012345678901234", "9223372036854775808", "0.12345678901234567890", "3.0e-0", "-2E3",
            "7.0000", "10", "1000000", "0.5", "12.340"};
    private static final String[] STRINGS = {"", "plain", "é", "😀 emoji", "quote \\\" in", "back\\\\slash",
            "\\n\\t\\r\\b\\f", "\\u0000\\u001f", "\\u00e9 escaped", "\\ud83d\\ude00", "slash \\/", "日本語", "\u007f",
            "Préfecture du Rhône"};

    private static String randomObject(Random random, int depth) {
        int size = random.nextInt(depth == 0 ? 8 : 5);
        List<String> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String key = KEYS[random.nextInt(KEYS.length)];
            members.add(quote(key) + space(random) + ":" + space(random) + randomValue(random, depth + 1));
        }
        Collections.shuffle(members, random);
        return "{" + space(random) + String.join("," + space(random), members) + space(random) + "}";
    }

    private static String randomValue(Random random, int depth) {
        int kind = random.nextInt(depth > 4 ? 5 : 7);
        return switch (kind) {
            case 0 -> NUMBERS[random.nextInt(NUMBERS.length)];
            case 1 -> "\"" + STRINGS[random.nextInt(STRINGS.length)] + "\"";
            case 2 -> random.nextBoolean() ? "true" : "false";
            case 3 -> "null";
            case 4 -> "\"" + STRINGS[random.nextInt(STRINGS.length)] + STRINGS[random.nextInt(STRINGS.length)] + "\"";
            case 5 -> randomObject(random, depth);
            default -> {
                int size = random.nextInt(4);
                List<String> elements = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    elements.add(randomValue(random, depth + 1));
                }
                yield "[" + String.join("," + space(random), elements) + "]";
            }
        };
    }

    private static String quote(String key) {
        return "\"" + key.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + "\"";
    }

    private static String space(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> " ";
            case 1 -> "\n  ";
            default -> "";
        };
    }

}
