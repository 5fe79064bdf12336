package fr.interieur.cls.query.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import fr.interieur.cls.query.infrastructure.web.PageRequest;
import fr.interieur.cls.web.BadRequestParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads of the event store itself, never of a projection: a contract's events as they are stored, by page, all of
 * them streamed, or all of them in memory for folding (a contract has hundreds of events, not millions).
 */
@Component
class EventLog {

    /** The aggregate type the command side stores contract events under. */
    static final String CONTRACT = "Contract";

    private static final JsonFactory JSON = new JsonFactory();

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;

    EventLog(DataSource dataSource, PlatformTransactionManager transactions, AuditProperties properties) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(properties.fetchSize());
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** A contract in the store: its département (from its drafting, when that is there). */
    record Contract(String id, String departement) {
    }

    /** The contract of this id, if the store holds events of a contract under it. */
    Optional<Contract> contract(String contractId) {
        List<String[]> first = jdbc.query(
                "SELECT type, payload_type, payload FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number LIMIT 1",
                (row, i) -> new String[]{row.getString(1), row.getString(2), row.getString(3)}, contractId);
        if (first.isEmpty() || !CONTRACT.equals(first.get(0)[0])) {
            return Optional.empty();
        }
        String departement = "ContractDrafted".equals(first.get(0)[1]) ? departement(first.get(0)[2]) : null;
        return Optional.of(new Contract(contractId, departement));
    }

    /** A page of the contract's events in sequence order; the cursor carries the last sequence given. */
    PageRequest.Page<EventView> page(String contractId, PageRequest page) {
        long after = -1;
        if (page.after() != null) {
            try {
                after = Long.parseLong(page.after());
            } catch (NumberFormatException e) {
                throw new BadRequestParameter("cursor", "cursor is not one this service gave");
            }
        }
        List<StoredEvent> events = jdbc.query(
                "SELECT " + StoredEvent.COLUMNS + " FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND sequence_number > ? ORDER BY sequence_number LIMIT " + (page.limit() + 1),
                (row, i) -> StoredEvent.of(row), contractId, after);
        String next = null;
        if (events.size() > page.limit()) {
            events = events.subList(0, page.limit());
            next = PageRequest.cursor(Long.toString(events.get(events.size() - 1).sequence()));
        }
        return new PageRequest.Page<>(events.stream().map(EventView::of).toList(), next);
    }

    /** Every event of the contract in sequence order, handed over one by one as the database streams them. */
    void stream(String contractId, Consumer<StoredEvent> consumer) {
        // a cursor needs a transaction on PostgreSQL: without one the driver reads the whole result first
        readOnly.executeWithoutResult(status -> streaming.query(
                "SELECT " + StoredEvent.COLUMNS + " FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number",
                row -> {
                    consumer.accept(StoredEvent.of(row));
                }, contractId));
    }

    /** Every event of the contract in sequence order. */
    List<StoredEvent> all(String contractId) {
        return jdbc.query("SELECT " + StoredEvent.COLUMNS + " FROM domain_event_entry WHERE aggregate_identifier = ? "
                          + "ORDER BY sequence_number", (row, i) -> StoredEvent.of(row), contractId);
    }

    private static String departement(String draftedPayload) {
        try (JsonParser parser = JSON.createParser(draftedPayload)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("departement".equals(name) && value == JsonToken.VALUE_STRING) {
                    return parser.getText();
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
