package fr.interieur.cls.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interieur.cls.eventstore.integrity.EventHash;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.axonframework.common.BuilderUtils.assertNonNull;
import static org.axonframework.common.DateTimeUtils.formatInstant;

/**
 * Axon's JDBC storage engine, with what this system adds on the way in:
 * <ul>
 *     <li>payload and metadata go to {@code jsonb} columns and come back as JSON text;</li>
 *     <li>each event's metadata gets {@code previousHash} and {@code hash} (the per-aggregate chain of
 *     {@link EventHash}), written in the same statement, so in the same transaction, as the event;</li>
 *     <li>the global positions the database handed out are reported to an append listener, so a command's
 *     answer can say where its events landed.</li>
 * </ul>
 * Reading (aggregate streams, tracking) is Axon's.
 */
public class ClsEventStorageEngine extends JdbcEventStorageEngine {

    private static final String DOMAIN_EVENT_COLUMNS = "event_identifier, aggregate_identifier, sequence_number, "
            + "type, time_stamp, payload_type, payload_revision, payload, meta_data";

    private final TransactionManager transactionManager;
    private final SqlDialect dialect;
    private final ObjectMapper objectMapper;
    private final Consumer<List<AppendedEvent>> appendListener;

    protected ClsEventStorageEngine(JdbcEventStorageEngine.Builder builder, Settings settings) {
        super(builder.dataType(String.class).persistenceExceptionResolver(new UniqueViolations()));
        this.transactionManager = settings.transactionManager();
        this.dialect = settings.dialect();
        this.objectMapper = settings.objectMapper();
        this.appendListener = settings.appendListener();
    }

    /**
     * What this engine needs besides Axon's builder (connection provider, serializers, transaction manager, gap
     * settings): the same transaction manager, the SQL dialect, the mapper for metadata and who hears of appends.
     */
    public record Settings(TransactionManager transactionManager, SqlDialect dialect, ObjectMapper objectMapper,
                           Consumer<List<AppendedEvent>> appendListener) {

        public Settings {
            assertNonNull(transactionManager, "the transaction manager is required");
            assertNonNull(dialect, "the SQL dialect is required");
            assertNonNull(objectMapper, "the ObjectMapper for metadata is required");
            assertNonNull(appendListener, "the append listener is required");
        }
    }

    /** The tables and columns of {@code db/eventstore}, in snake case. */
    public static final EventSchema SCHEMA = EventSchema.builder()
                                                        .eventTable("domain_event_entry")
                                                        .snapshotTable("snapshot_event_entry")
                                                        .globalIndexColumn("global_index")
                                                        .eventIdentifierColumn("event_identifier")
                                                        .aggregateIdentifierColumn("aggregate_identifier")
                                                        .sequenceNumberColumn("sequence_number")
                                                        .typeColumn("type")
                                                        .timestampColumn("time_stamp")
                                                        .payloadTypeColumn("payload_type")
                                                        .payloadRevisionColumn("payload_revision")
                                                        .payloadColumn("payload")
                                                        .metaDataColumn("meta_data")
                                                        .build();

    /** Builds the engine from Axon's builder (connections, serializers, gap settings) and this engine's settings. */
    public static ClsEventStorageEngine create(JdbcEventStorageEngine.Builder builder, Settings settings) {
        return new ClsEventStorageEngine(builder.transactionManager(settings.transactionManager()).schema(SCHEMA),
                                         settings);
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        transactionManager.executeInTransaction(() -> {
            try (Connection connection = getConnection()) {
                List<AppendedEvent> appended = insert(connection, events, serializer);
                appendListener.accept(appended);
            } catch (SQLException e) {
                handlePersistenceException(e, events.get(0));
            }
        });
    }

    private List<AppendedEvent> insert(Connection connection, List<? extends EventMessage<?>> events,
                                       Serializer serializer) throws SQLException {
        String json = dialect.jsonParameter();
        StringBuilder sql = new StringBuilder("INSERT INTO domain_event_entry (" + DOMAIN_EVENT_COLUMNS + ") VALUES ");
        for (int i = 0; i < events.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ").append(json).append(", ")
               .append(json).append(')');
        }
        Map<String, String> heads = new HashMap<>();
        List<AppendedEvent> appended = new ArrayList<>(events.size());
        try (PreparedStatement statement = connection.prepareStatement(sql.toString(),
                                                                           new String[]{"global_index"})) {
            int p = 1;
            for (EventMessage<?> message : events) {
                DomainEventMessage<?> event = EventUtils.asDomainEventMessage(message);
                SerializedObject<JsonNode> payload = event.serializePayload(serializer, JsonNode.class);
                String timestamp = formatInstant(event.getTimestamp());
                String previousHash = previousHash(connection, heads, event);
                ObjectNode metadata = objectMapper.valueToTree(event.getMetaData());
                String hash = EventHash.hash(new EventHash.Input(
                        previousHash, event.getAggregateIdentifier(), event.getSequenceNumber(),
                        payload.getType().getName(), payload.getType().getRevision(), timestamp,
                        payload.getData(), metadata));
                heads.put(event.getAggregateIdentifier(), hash);
                metadata.put(EventHash.PREVIOUS_HASH, previousHash);
                metadata.put(EventHash.HASH, hash);

                statement.setString(p++, event.getIdentifier());
                statement.setString(p++, event.getAggregateIdentifier());
                statement.setLong(p++, event.getSequenceNumber());
                statement.setString(p++, event.getType());
                statement.setString(p++, timestamp);
                statement.setString(p++, payload.getType().getName());
                statement.setString(p++, payload.getType().getRevision());
                statement.setString(p++, payload.getData().toString());
                statement.setString(p++, metadata.toString());
                appended.add(new AppendedEvent(event.getAggregateIdentifier(), event.getSequenceNumber(), -1,
                                               event.getMetaData().and(EventHash.PREVIOUS_HASH, previousHash)
                                                    .and(EventHash.HASH, hash)));
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                for (int i = 0; i < appended.size(); i++) {
                    if (!keys.next()) {
                        throw new SQLException("the database returned fewer positions than events appended");
                    }
                    AppendedEvent event = appended.get(i);
                    appended.set(i, new AppendedEvent(event.aggregateId(), event.sequence(), keys.getLong(1),
                                                      event.metaData()));
                }
            }
        }
        return appended;
    }

    /** The hash of the aggregate's event just before this one: from this batch, or from the store. */
    private String previousHash(Connection connection, Map<String, String> heads, DomainEventMessage<?> event)
            throws SQLException {
        if (event.getSequenceNumber() == 0) {
            return EventHash.GENESIS;
        }
        String inBatch = heads.get(event.getAggregateIdentifier());
        if (inBatch != null) {
            return inBatch;
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?")) {
            query.setString(1, event.getAggregateIdentifier());
            query.setLong(2, event.getSequenceNumber() - 1);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    // the previous event is not there: someone else's append is racing ours, or the stream is cut
                    throw new SQLException("no event " + (event.getSequenceNumber() - 1) + " for aggregate "
                                                   + event.getAggregateIdentifier(), UniqueViolations.UNIQUE_VIOLATION);
                }
                JsonNode metadata = readJson(row.getString(1));
                JsonNode hash = metadata.get(EventHash.HASH);
                if (hash == null || !hash.isTextual()) {
                    throw new IllegalStateException("event " + (event.getSequenceNumber() - 1) + " of aggregate "
                                                            + event.getAggregateIdentifier() + " has no hash");
                }
                return hash.textValue();
            }
        }
    }

    private JsonNode readJson(String json) {
        try {
            return json == null ? objectMapper.createObjectNode() : objectMapper.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored metadata is not JSON", e);
        }
    }

    @Override
    protected PreparedStatement appendSnapshot(Connection connection, DomainEventMessage<?> snapshot,
                                               Serializer serializer) throws SQLException {
        String json = dialect.jsonParameter();
        PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO snapshot_event_entry (" + DOMAIN_EVENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, "
                        + json + ", " + json + ")");
        SerializedObject<String> payload = snapshot.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = snapshot.serializeMetaData(serializer, String.class);
        statement.setString(1, snapshot.getIdentifier());
        statement.setString(2, snapshot.getAggregateIdentifier());
        statement.setLong(3, snapshot.getSequenceNumber());
        statement.setString(4, snapshot.getType());
        statement.setString(5, formatInstant(snapshot.getTimestamp()));
        statement.setString(6, payload.getType().getName());
        statement.setString(7, payload.getType().getRevision());
        statement.setString(8, payload.getData());
        statement.setString(9, metaData.getData());
        return statement;
    }

    /** jsonb comes back as JSON text, which the serializer reads like any string. */
    @Override
    @SuppressWarnings("unchecked")
    protected <T> T readPayload(ResultSet resultSet, String columnName) throws SQLException {
        return (T) resultSet.getString(columnName);
    }
}
