package fr.interieur.cls.eventstore.integrity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interieur.cls.events.EventJson;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class EventHashTest {

    private static final ObjectMapper JSON = EventJson.newObjectMapper();

    private static final String PREVIOUS = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    // keys out of order and 15.750 on purpose: the canonical form below sorts and normalizes them
    private static final String PAYLOAD = """
            {"contractId":"CLS-69-AGGLO-EST-1999","actionId":"FA-03-mediation-minguettes",
             "previousStatus":"PLANNED","status":"IN_PROGRESS",
             "measurements":[{"value":15.750,"indicatorId":"IND-incivilites","measuredOn":"1999-09-30"}],
             "note":"Six médiateurs recrutés"}""";
    private static final String METADATA = """
            {"reason":"comité de pilotage du 15 juin 1999","actor":"prefecture-69/agent-12",
             "correlationId":"c0ffee00-0000-4000-8000-000000000001"}""";

    /** What is hashed, byte for byte (UTF-8): the encoding CLS-EVENT-HASH-1. */
    private static final String CANONICAL_FORM = "[\"CLS-EVENT-HASH-1\",\"" + PREVIOUS + "\","
            + "\"CLS-69-AGGLO-EST-1999\",7,\"ActionProgressRecorded\",\"1\",\"2000-10-16T09:30:00.000Z\","
            + "{\"actionId\":\"FA-03-mediation-minguettes\",\"contractId\":\"CLS-69-AGGLO-EST-1999\","
            + "\"measurements\":[{\"indicatorId\":\"IND-incivilites\",\"measuredOn\":\"1999-09-30\",\"value\":15.75}],"
            + "\"note\":\"Six médiateurs recrutés\",\"previousStatus\":\"PLANNED\",\"status\":\"IN_PROGRESS\"},"
            + "{\"actor\":\"prefecture-69/agent-12\",\"correlationId\":\"c0ffee00-0000-4000-8000-000000000001\","
            + "\"reason\":\"comité de pilotage du 15 juin 1999\"}]";

    /**
     * Pinned once (sha256sum of the form above). Every stored chain depends on it: if this test fails, the
     * encoding changed and every existing hash would stop verifying.
     */
    private static final String GOLDEN_HASH = "e97ea7dd813c42f5940e69ec78dd892584554c369b0c998fe0f4083b98bb4f84";

    private static EventHash.Input input() {
        return new EventHash.Input(PREVIOUS, "CLS-69-AGGLO-EST-1999", 7, "ActionProgressRecorded", "1",
                "2000-10-16T09:30:00.000Z", tree(PAYLOAD), tree(METADATA));
    }

    @Test
    void goldenHash() {
        assertThat(EventHash.hash(input())).isEqualTo(GOLDEN_HASH);
    }

    @Test
    void theGoldenHashIsTheSha256OfTheDocumentedCanonicalForm() {
        assertThat(CanonicalJson.toString(EventHash.canonicalForm(input()))).isEqualTo(CANONICAL_FORM);
        assertThat(sha256(CANONICAL_FORM)).isEqualTo(GOLDEN_HASH);
    }

    @Test
    void isLowerCaseHex() {
        assertThat(EventHash.hash(input())).matches("[0-9a-f]{64}");
    }

    @Test
    void genesisIsSixtyFourZeros() {
        assertThat(EventHash.GENESIS).isEqualTo("0000000000000000000000000000000000000000000000000000000000000000");
    }

    @Test
    void hashFieldsInMetadataAreLeftOut() {
        ObjectNode withChain = (ObjectNode) tree(METADATA);
        withChain.put(EventHash.HASH, GOLDEN_HASH).put(EventHash.PREVIOUS_HASH, PREVIOUS);
        ObjectNode withOtherChain = (ObjectNode) tree(METADATA);
        withOtherChain.put(EventHash.HASH, "forged").put(EventHash.PREVIOUS_HASH, EventHash.GENESIS);

        assertThat(EventHash.hash(with(input(), withChain))).isEqualTo(GOLDEN_HASH);
        assertThat(EventHash.hash(with(input(), withOtherChain))).isEqualTo(GOLDEN_HASH);
        // and the caller's metadata is left as it was
        assertThat(withChain.get(EventHash.HASH).textValue()).isEqualTo(GOLDEN_HASH);
    }

    @Test
    void storedSpellingOfPayloadAndMetadataDoesNotMatter() {
        // what PostgreSQL's jsonb gives back: keys reordered, white space dropped, 15.750 kept as written
        JsonNode reordered = tree("{\"note\":\"Six médiateurs recrutés\",\"status\":\"IN_PROGRESS\","
                + "\"actionId\":\"FA-03-mediation-minguettes\",\"contractId\":\"CLS-69-AGGLO-EST-1999\","
                + "\"measurements\":[{\"value\":1.575E1,\"measuredOn\":\"1999-09-30\","
                + "\"indicatorId\":\"IND-incivilites\"}],\"previousStatus\":\"PLANNED\"}");
        EventHash.Input in = input();

        assertThat(EventHash.hash(new EventHash.Input(in.previousHash(), in.aggregateId(), in.sequence(), in.type(),
                in.revision(), in.timestamp(), reordered, in.metadata()))).isEqualTo(GOLDEN_HASH);
    }

    @Test
    void missingMetadataCountsAsEmpty() {
        EventHash.Input in = input();

        String withNull = EventHash.hash(with(in, null));
        String withJsonNull = EventHash.hash(with(in, JsonNodeFactory.instance.nullNode()));
        String withEmpty = EventHash.hash(with(in, JsonNodeFactory.instance.objectNode()));

        assertThat(withNull).isEqualTo(withEmpty).isEqualTo(withJsonNull).isNotEqualTo(GOLDEN_HASH);
    }

    @Test
    void everyOtherInputChangesTheHash() {
        List<UnaryOperator<EventHash.Input>> changes = List.of(
                in -> new EventHash.Input(EventHash.GENESIS, in.aggregateId(), in.sequence(), in.type(), in.revision(),
                        in.timestamp(), in.payload(), in.metadata()),
                in -> new EventHash.Input(in.previousHash(), "CLS-69-AGGLO-EST-2003", in.sequence(), in.type(),
                        in.revision(), in.timestamp(), in.payload(), in.metadata()),
                in -> new EventHash.Input(in.previousHash(), in.aggregateId(), 8, in.type(), in.revision(),
                        in.timestamp(), in.payload(), in.metadata()),
                in -> new EventHash.Input(in.previousHash(), in.aggregateId(), in.sequence(), "ActionAdded",
                        in.revision(), in.timestamp(), in.payload(), in.metadata()),
                in -> new EventHash.Input(in.previousHash(), in.aggregateId(), in.sequence(), in.type(), "2",
                        in.timestamp(), in.payload(), in.metadata()),
                in -> new EventHash.Input(in.previousHash(), in.aggregateId(), in.sequence(), in.type(), null,
                        in.timestamp(), in.payload(), in.metadata()),
                in -> new EventHash.Input(in.previousHash(), in.aggregateId(), in.sequence(), in.type(), in.revision(),
                        "2000-10-16T09:30:00.001Z", in.payload(), in.metadata()),
                in -> new EventHash.Input(in.previousHash(), in.aggregateId(), in.sequence(), in.type(), in.revision(),
                        in.timestamp(), tree(PAYLOAD.replace("15.750", "15.76")), in.metadata()),
                in -> new EventHash.Input(in.previousHash(), in.aggregateId(), in.sequence(), in.type(), in.revision(),
                        in.timestamp(), tree(PAYLOAD.replace("15.750", "\"15.75\"")), in.metadata()),
                in -> new EventHash.Input(in.previousHash(), in.aggregateId(), in.sequence(), in.type(), in.revision(),
                        in.timestamp(), tree(PAYLOAD.replace("recrutés", "recrutés ")), in.metadata()),
                in -> new EventHash.Input(in.previousHash(), in.aggregateId(), in.sequence(), in.type(), in.revision(),
                        in.timestamp(), null, in.metadata()),
                in -> with(in, tree(METADATA.replace("agent-12", "agent-13"))),
                in -> with(in, ((ObjectNode) tree(METADATA)).put("causationId", "c0ffee00"))
        );

        for (int i = 0; i < changes.size(); i++) {
            assertThat(EventHash.hash(changes.get(i).apply(input()))).as("change #%d", i).isNotEqualTo(GOLDEN_HASH);
        }
    }

    private static EventHash.Input with(EventHash.Input in, JsonNode metadata) {
        return new EventHash.Input(in.previousHash(), in.aggregateId(), in.sequence(), in.type(), in.revision(),
                in.timestamp(), in.payload(), metadata);
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
