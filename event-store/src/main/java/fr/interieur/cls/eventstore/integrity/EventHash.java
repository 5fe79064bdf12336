package fr.interieur.cls.eventstore.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain of an aggregate's events. Each event's metadata carries {@code previousHash} and {@code hash};
 * {@code hash} is the lower-case hex SHA-256 of the {@link CanonicalJson canonical JSON} of
 * <pre>
 * ["CLS-EVENT-HASH-1", previousHash, aggregateId, sequence, type, revision, timestamp, payload, metadata]
 * </pre>
 * where {@code metadata} leaves out {@code hash} and {@code previousHash}, {@code timestamp} is the stored
 * text ({@code 2000-10-16T09:30:00.000Z}), and the first event of an aggregate has 64 zeros as previous hash.
 */
public final class EventHash {

    public static final String VERSION = "CLS-EVENT-HASH-1";
    public static final String HASH = "hash";
    public static final String PREVIOUS_HASH = "previousHash";
    public static final String GENESIS = "0".repeat(64);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EventHash() {
    }

    /** What an event's hash is computed over; payload and metadata as JSON trees. */
    public record Input(String previousHash, String aggregateId, long sequence, String type, String revision,
                        String timestamp, JsonNode payload, JsonNode metadata) {
    }

    public static String hash(Input input) {
        MessageDigest digest = sha256();
        CanonicalJson.write(canonicalForm(input), new DigestOutputStream(OutputStream.nullOutputStream(), digest));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The JSON array that is hashed, for people who want to check a hash by hand. */
    public static ArrayNode canonicalForm(Input input) {
        ArrayNode array = NODES.arrayNode(9);
        array.add(VERSION);
        array.add(input.previousHash());
        array.add(input.aggregateId());
        array.add(input.sequence());
        array.add(input.type());
        array.add(input.revision());
        array.add(input.timestamp());
        array.add(input.payload() == null ? NODES.nullNode() : input.payload());
        array.add(withoutHashFields(input.metadata()));
        return array;
    }

    public static JsonNode withoutHashFields(JsonNode metadata) {
        if (metadata == null || metadata.isNull()) {
            return NODES.objectNode();
        }
        if (!metadata.has(HASH) && !metadata.has(PREVIOUS_HASH)) {
            return metadata;
        }
        ObjectNode copy = ((ObjectNode) metadata).deepCopy();
        copy.remove(HASH);
        copy.remove(PREVIOUS_HASH);
        return copy;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
