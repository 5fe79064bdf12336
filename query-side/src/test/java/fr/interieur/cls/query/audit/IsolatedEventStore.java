package fr.interieur.cls.query.audit;

import fr.interieur.cls.events.DomainEvent;
import fr.interieur.cls.events.contract.ContractEvent;
import fr.interieur.cls.query.testing.EventStoreWriter;
import fr.interieur.cls.query.testing.SampleContracts;
import fr.interieur.cls.testsupport.TestDatabase;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An event store of its own in a schema of this run's database, for tests of the whole log: other test classes
 * append to (and one deliberately poisons) the shared store, so "the whole log verifies" only means something here,
 * and tampering here can never break anyone else. Connections find its tables through {@code currentSchema}.
 */
final class IsolatedEventStore {

    private final String schema;
    private final String url;
    private final DriverManagerDataSource dataSource;
    private final EventStoreWriter writer;

    private IsolatedEventStore() {
        TestDatabase database = TestDatabase.get();
        this.schema = "audit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String base = database.url();
        this.url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        this.dataSource = new DriverManagerDataSource(url, database.user(), database.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/eventstore/postgresql").schemas(schema)
              .createSchemas(true).table("eventstore_schema_history").load().migrate();
        this.writer = new EventStoreWriter(dataSource);
    }

    static IsolatedEventStore create() {
        return new IsolatedEventStore();
    }

    /** The JDBC URL that reaches this store (what an auditor would pass to the command line). */
    String url() {
        return url;
    }

    Connection connect() throws SQLException {
        TestDatabase database = TestDatabase.get();
        return DriverManager.getConnection(url, database.user(), database.password());
    }

    ChainVerifier verifier(int threads) {
        return new ChainVerifier(this::connect, threads, 2000);
    }

    JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    EventStoreWriter writer() {
        return writer;
    }

    /** Appends signed contracts of 10 events each (see {@link SampleContracts}), in batches of 200 contracts. */
    void appendContracts(String prefix, int contracts) {
        List<EventMessage<?>> batch = new ArrayList<>();
        MetaData metaData = MetaData.with("actor", "pref-69").and("actorName", "Préfecture du Rhône")
                                    .and("correlationId", UUID.randomUUID().toString());
        for (int c = 0; c < contracts; c++) {
            List<DomainEvent> events = SampleContracts.signedContract(prefix + "-" + c, "CSP-69-LYON");
            for (int sequence = 0; sequence < events.size(); sequence++) {
                DomainEvent event = events.get(sequence);
                batch.add(new GenericDomainEventMessage<>(event instanceof ContractEvent ? "Contract" : "PoliceDistrict",
                                                          event.aggregateId(), sequence, event,
                                                          metaData.and("reason", "contrat " + c)));
            }
            if (batch.size() >= 2000 || c == contracts - 1) {
                List<EventMessage<?>> messages = List.copyOf(batch);
                writer.transactions().executeWithoutResult(status -> writer.engine().appendEvents(messages));
                batch.clear();
            }
        }
    }

    void drop() {
        new JdbcTemplate(dataSource).execute("DROP SCHEMA " + schema + " CASCADE");
    }
}
