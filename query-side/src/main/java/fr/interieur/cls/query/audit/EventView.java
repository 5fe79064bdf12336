package fr.interieur.cls.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import fr.interieur.cls.eventstore.integrity.EventHash;

import java.io.IOException;

/**
 * An event as auditors read it: where it stands, what it is, when it was recorded (the stored text, which is what
 * is hashed), its payload and complete metadata as stored (written as they are, not re-encoded), and its hash
 * fields. Every field is written, null included.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"position", "sequence", "eventId", "aggregateId", "aggregateType", "type", "revision", "timestamp",
        "payload", "metadata", "previousHash", "hash"})
record EventView(long position, long sequence, String eventId, String aggregateId, String aggregateType, String type,
                 String revision, String timestamp, @JsonRawValue String payload, @JsonRawValue String metadata,
                 String previousHash, String hash) {

    private static final JsonFactory JSON = new JsonFactory();

    static EventView of(StoredEvent event) {
        String[] hashes = hashFields(event.metadata());
        return new EventView(event.position(), event.sequence(), event.eventId(), event.aggregateId(),
                             event.aggregateType(), event.type(), event.revision(), event.timestamp(),
                             event.payload(), event.metadata() == null ? "null" : event.metadata(), hashes[0],
                             hashes[1]);
    }

    /** {@code previousHash} and {@code hash} at the top of the metadata, when they are strings. */
    private static String[] hashFields(String metadata) {
        String[] found = new String[2];
        if (metadata == null) {
            return found;
        }
        try (JsonParser parser = JSON.createParser(metadata)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return found;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING && EventHash.PREVIOUS_HASH.equals(name)) {
                    found[0] = parser.getText();
                } else if (value == JsonToken.VALUE_STRING && EventHash.HASH.equals(name)) {
                    found[1] = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            // metadata that is not JSON has no hash fields; the verification says what is wrong with it
        }
        return found;
    }
}
