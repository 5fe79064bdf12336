package fr.interieur.cls.query.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interieur.cls.events.DomainEvent;
import fr.interieur.cls.events.EventJson;
import fr.interieur.cls.events.contract.ContractEvent;
import fr.interieur.cls.eventstore.SqlDialect;
import fr.interieur.cls.query.infrastructure.projection.Projection;
import fr.interieur.cls.query.infrastructure.projection.ProjectionContext;
import fr.interieur.cls.testsupport.TestDatabase;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Given events, then view: feeds events straight into a projection's handler, in one batch (one transaction),
 * against a schema of its own on this test run's PostgreSQL, created with the projection migrations. Events get
 * their aggregate's next sequence number and the next global position, as the event store would give them.
 */
public final class ProjectionHarness {

    private static final ObjectMapper JSON = EventJson.newObjectMapper();

    private final JdbcTemplate jdbc;
    private final String schema;
    private final SimpleEventHandlerInvoker invoker;
    private final SpringTransactionManager transactions;
    private final Map<String, Long> sequences = new HashMap<>();
    private long position;
    private Instant clock = Instant.parse("2000-01-03T09:00:00Z");

    private ProjectionHarness(Projection projection) {
        TestDatabase database = TestDatabase.get();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), database.user(),
                                                                         database.password());
        this.jdbc = new JdbcTemplate(dataSource);
        this.schema = "projection_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/projection").schemas(schema)
              .createSchemas(true).table("projection_schema_history").load().migrate();
        this.transactions = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
        ProjectionContext context = new ProjectionContext(schema, jdbc, SqlDialect.POSTGRESQL, JSON);
        this.invoker = SimpleEventHandlerInvoker.builder().eventHandlers(projection.handler(context)).build();
    }

    public static ProjectionHarness of(Projection projection) {
        return new ProjectionHarness(projection);
    }

    /** The time the next events are recorded at (their Axon timestamp). */
    public ProjectionHarness at(String instant) {
        this.clock = Instant.parse(instant);
        return this;
    }

    /** Applies the events in one batch, as one processor transaction would. */
    public ProjectionHarness given(DomainEvent... events) {
        return given(MetaData.with("actor", "pref-69").and("actorName", "Préfecture du Rhône"), events);
    }

    public ProjectionHarness given(MetaData metaData, DomainEvent... events) {
        List<TrackedEventMessage<?>> messages = new ArrayList<>();
        for (DomainEvent event : events) {
            messages.add(message(event, metaData));
        }
        return apply(messages);
    }

    /** Delivers already built messages again (the same event twice, say). */
    public ProjectionHarness apply(List<TrackedEventMessage<?>> messages) {
        BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(messages);
        unitOfWork.attachTransaction(transactions);
        unitOfWork.executeWithResult(() -> {
            invoker.handle(unitOfWork.getMessage(), Segment.ROOT_SEGMENT);
            return null;
        });
        if (unitOfWork.getExecutionResult() != null && unitOfWork.getExecutionResult().isExceptionResult()) {
            throw new IllegalStateException(unitOfWork.getExecutionResult().getExceptionResult());
        }
        return this;
    }

    /** The message the store would deliver for this event next: next sequence of its aggregate, next position. */
    public TrackedEventMessage<?> message(DomainEvent event, MetaData metaData) {
        long sequence = sequences.merge(event.aggregateId(), 1L, Long::sum) - 1;
        position++;
        String type = event instanceof ContractEvent ? "Contract" : "PoliceDistrict";
        GenericDomainEventMessage<DomainEvent> domain = new GenericDomainEventMessage<>(
                type, event.aggregateId(), sequence, event, metaData, UUID.randomUUID().toString(), clock);
        clock = clock.plusSeconds(60);
        return new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(position), domain);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public String schema() {
        return schema;
    }

    public List<Map<String, Object>> rows(String table) {
        return jdbc.queryForList("SELECT * FROM " + schema + "." + table);
    }

    /** A JSON column of one row, parsed. */
    public JsonNode json(String table, String column, String where, Object... arguments) {
        String text = jdbc.queryForObject("SELECT " + column + " FROM " + schema + "." + table + " WHERE " + where,
                                          String.class, arguments);
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
