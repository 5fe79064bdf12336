package fr.interieur.cls.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interieur.cls.events.EventJson;
import fr.interieur.cls.eventstore.integrity.EventHash;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What someone with write access to the database could do to the event store, in SQL, and how to put it back.
 * Tests on the shared store restore every row they touch (try/finally): other test classes verify it too.
 */
final class Tampering {

    private static final ObjectMapper JSON = EventJson.newObjectMapper();

    private final JdbcTemplate jdbc;

    Tampering(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long position(String aggregateId, long sequence) {
        return jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ? "
                                   + "AND sequence_number = ?", Long.class, aggregateId, sequence);
    }

    String payload(String aggregateId, long sequence) {
        return column("payload", aggregateId, sequence);
    }

    String metadata(String aggregateId, long sequence) {
        return column("meta_data", aggregateId, sequence);
    }

    /** Rewrites the payload (as JSON text) of one event. */
    void setPayload(String aggregateId, long sequence, String json) {
        jdbc.update("UPDATE domain_event_entry SET payload = CAST(? AS jsonb) WHERE aggregate_identifier = ? "
                    + "AND sequence_number = ?", json, aggregateId, sequence);
    }

    void setMetadata(String aggregateId, long sequence, String json) {
        jdbc.update("UPDATE domain_event_entry SET meta_data = CAST(? AS jsonb) WHERE aggregate_identifier = ? "
                    + "AND sequence_number = ?", json, aggregateId, sequence);
    }

    /** Changes one field of the payload. */
    void editPayload(String aggregateId, long sequence, Consumer<ObjectNode> edit) {
        ObjectNode payload = (ObjectNode) tree(payload(aggregateId, sequence));
        edit.accept(payload);
        setPayload(aggregateId, sequence, payload.toString());
    }

    void editMetadata(String aggregateId, long sequence, Consumer<ObjectNode> edit) {
        ObjectNode metadata = (ObjectNode) tree(metadata(aggregateId, sequence));
        edit.accept(metadata);
        setMetadata(aggregateId, sequence, metadata.toString());
    }

    /** Deletes one event; returns the row, to put it back with {@link #insert}. */
    Map<String, Object> delete(String aggregateId, long sequence) {
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp, "
                + "payload_type, payload_revision, CAST(payload AS text) AS payload, CAST(meta_data AS text) AS meta_data "
                + "FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?",
                aggregateId, sequence);
        jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?",
                    aggregateId, sequence);
        return row;
    }

    /** Puts a deleted row back, at its own position. */
    void insert(Map<String, Object> row) {
        jdbc.update("INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier, "
                    + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))",
                    row.get("global_index"), row.get("event_identifier"), row.get("aggregate_identifier"),
                    row.get("sequence_number"), row.get("type"), row.get("time_stamp"), row.get("payload_type"),
                    row.get("payload_revision"), row.get("payload"), row.get("meta_data"));
    }

    /** Swaps the sequence numbers of two events of an aggregate (the unique index allows it in three steps). */
    void swap(String aggregateId, long first, long second) {
        setSequence(aggregateId, first, -1);
        setSequence(aggregateId, second, first);
        setSequence(aggregateId, -1, second);
    }

    private void setSequence(String aggregateId, long from, long to) {
        jdbc.update("UPDATE domain_event_entry SET sequence_number = ? WHERE aggregate_identifier = ? "
                    + "AND sequence_number = ?", to, aggregateId, from);
    }

    /**
     * What a careful forger does after changing an event: recomputes every hash of the chain from the genesis on,
     * so that every stored link holds again. Only a digest kept from before tells.
     */
    void rehash(String aggregateId) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT sequence_number, payload_type, payload_revision, time_stamp, CAST(payload AS text) AS payload, "
                + "CAST(meta_data AS text) AS meta_data FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number", aggregateId);
        String previous = EventHash.GENESIS;
        for (Map<String, Object> row : rows) {
            long sequence = ((Number) row.get("sequence_number")).longValue();
            ObjectNode metadata = (ObjectNode) tree((String) row.get("meta_data"));
            String hash = EventHash.hash(new EventHash.Input(previous, aggregateId, sequence,
                    (String) row.get("payload_type"), (String) row.get("payload_revision"), (String) row.get("time_stamp"),
                    tree((String) row.get("payload")), metadata));
            metadata.put(EventHash.PREVIOUS_HASH, previous).put(EventHash.HASH, hash);
            setMetadata(aggregateId, sequence, metadata.toString());
            previous = hash;
        }
    }

    private String column(String column, String aggregateId, long sequence) {
        return jdbc.queryForObject("SELECT CAST(" + column + " AS text) FROM domain_event_entry "
                                   + "WHERE aggregate_identifier = ? AND sequence_number = ?", String.class,
                                   aggregateId, sequence);
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
