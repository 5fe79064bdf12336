package fr.interieur.cls.query.testing;

import fr.interieur.cls.events.DomainEvent;
import fr.interieur.cls.events.EventJson;
import fr.interieur.cls.events.contract.ContractEvent;
import fr.interieur.cls.eventstore.ClsEventStorageEngine;
import fr.interieur.cls.eventstore.ClsSerializer;
import fr.interieur.cls.eventstore.SqlDialect;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Appends events to the event store the way the command side does (same engine, same serializer, hash chain,
 * same append lock), for query-side tests that have no command side. Sequences continue from what the store holds.
 */
public final class EventStoreWriter {

    private final ClsEventStorageEngine engine;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;

    public EventStoreWriter(DataSource dataSource) {
        DataSourceTransactionManager platform = new DataSourceTransactionManager(dataSource);
        SpringTransactionManager transactionManager = new SpringTransactionManager(platform);
        ClsSerializer serializer = ClsSerializer.create();
        this.engine = ClsEventStorageEngine.create(
                JdbcEventStorageEngine.builder()
                                      .connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
                                      .eventSerializer(serializer)
                                      .snapshotSerializer(serializer),
                new ClsEventStorageEngine.Settings(transactionManager, SqlDialect.POSTGRESQL,
                                                   EventJson.newObjectMapper(), appended -> {
                }));
        this.transactions = new TransactionTemplate(platform);
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Appends in one transaction; returns the global position of the last event. */
    public long append(DomainEvent... events) {
        return append(MetaData.with("actor", "pref-69").and("actorName", "Préfecture du Rhône")
                              .and("correlationId", UUID.randomUUID().toString()), events);
    }

    public long append(MetaData metaData, DomainEvent... events) {
        transactions.executeWithoutResult(status -> engine.appendEvents(messages(metaData, List.of(events))));
        return head();
    }

    /** The messages the command side would append for these events, with their next sequence numbers. */
    public List<GenericDomainEventMessage<DomainEvent>> messages(MetaData metaData, List<DomainEvent> events) {
        java.util.Map<String, Long> next = new java.util.HashMap<>();
        return events.stream().map(event -> {
            long sequence = next.computeIfAbsent(event.aggregateId(), this::nextSequence);
            next.put(event.aggregateId(), sequence + 1);
            return new GenericDomainEventMessage<>(event instanceof ContractEvent ? "Contract" : "PoliceDistrict",
                                                   event.aggregateId(), sequence, event, metaData);
        }).toList();
    }

    private long nextSequence(String aggregateId) {
        Long last = jdbc.queryForObject("SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                                        Long.class, aggregateId);
        return last == null ? 0 : last + 1;
    }

    public long head() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    public ClsEventStorageEngine engine() {
        return engine;
    }

    public TransactionTemplate transactions() {
        return transactions;
    }

}
