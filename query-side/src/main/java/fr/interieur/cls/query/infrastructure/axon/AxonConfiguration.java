package fr.interieur.cls.query.infrastructure.axon;

import fr.interieur.cls.events.EventJson;
import fr.interieur.cls.eventstore.ClsEventStorageEngine;
import fr.interieur.cls.eventstore.ClsSerializer;
import fr.interieur.cls.eventstore.SqlDialect;
import fr.interieur.cls.query.infrastructure.QuerySideProperties;
import fr.interieur.cls.web.DomainClock;
import org.springframework.beans.factory.annotation.Value;
import fr.interieur.cls.query.infrastructure.events.EventNotifications;
import fr.interieur.cls.query.infrastructure.events.NotifiedEventSource;
import fr.interieur.cls.query.infrastructure.projection.DeadLetters;
import fr.interieur.cls.query.infrastructure.projection.Projection;
import fr.interieur.cls.query.infrastructure.projection.ProjectionJson;
import fr.interieur.cls.query.infrastructure.projection.NodeId;
import fr.interieur.cls.query.infrastructure.projection.ProjectionManager;
import fr.interieur.cls.query.infrastructure.projection.SegmentBalance;
import fr.interieur.cls.query.infrastructure.projection.ProjectionStates;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The query side reads the event store with the same engine and serializer as the command side (it never
 * appends), keeps its tokens and dead letters in PostgreSQL, and runs its projections through the manager.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    @Bean
    @Primary
    @Qualifier("serializer")
    public Serializer serializer() {
        return ClsSerializer.create();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    public ProjectionJson projectionJson() {
        return ProjectionJson.create();
    }

    /** What day it is for flags and reports ({@code CLS_TODAY} may move it). */
    @Bean
    public Clock clock(@Value("${cls.today:}") String today, QuerySideProperties properties) {
        return DomainClock.of(today, properties.zone());
    }

    @Bean
    public SqlDialect sqlDialect(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return SqlDialect.of(connection);
        }
    }

    @Bean
    @DependsOn("schemaMigrations")
    public EventStorageEngine eventStorageEngine(Serializer serializer, ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager, SqlDialect dialect,
                                                 QuerySideProperties properties) {
        return ClsEventStorageEngine.create(
                JdbcEventStorageEngine.builder()
                                      .connectionProvider(connectionProvider)
                                      .snapshotSerializer(serializer)
                                      .eventSerializer(serializer)
                                      .batchSize(properties.readBatchSize())
                                      .gapTimeout((int) properties.gapTimeout().toMillis()),
                new ClsEventStorageEngine.Settings(transactionManager, dialect, EventJson.newObjectMapper(),
                                                   appended -> {
                                                       throw new IllegalStateException("the query side never appends");
                                                   }));
    }

    /** This instance, as the token store and the other instances know it. */
    @Bean
    public NodeId nodeId() {
        return new NodeId(ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID());
    }

    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, NodeId nodeId) {
        return JdbcTokenStore.builder()
                             .connectionProvider(connectionProvider)
                             .serializer(serializer)
                             .schema(TokenSchema.builder()
                                                .setTokenTable("query.token_entry")
                                                .setProcessorNameColumn("processor_name")
                                                .setSegmentColumn("segment")
                                                .setTokenColumn("token")
                                                .setTokenTypeColumn("token_type")
                                                .setTimestampColumn("timestamp")
                                                .setOwnerColumn("owner")
                                                .build())
                             .nodeId(nodeId.value())
                             .build();
    }

    @Bean
    public NotifiedEventSource notifiedEventSource(EventStorageEngine eventStorageEngine) {
        return new NotifiedEventSource(eventStorageEngine);
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    public EventNotifications eventNotifications(NotifiedEventSource source, DataSourceProperties database,
                                                 SqlDialect dialect, QuerySideProperties properties) {
        return new EventNotifications(source, database, properties.listen() && dialect == SqlDialect.POSTGRESQL,
                                      properties.pollInterval().toMillis());
    }

    @Bean
    @DependsOn("schemaMigrations")
    public ProjectionStates projectionStates(JdbcTemplate jdbc, TransactionTemplate transactions) {
        return new ProjectionStates(jdbc, transactions);
    }

    @Bean
    public ProjectionManager projectionManager(List<Projection> projections, ProjectionStates states,
                                               NotifiedEventSource source, TokenStore tokenStore,
                                               TransactionManager axonTransactions, TransactionTemplate transactions,
                                               JdbcTemplate jdbc, SqlDialect dialect, Serializer serializer,
                                               ConnectionProvider connections, QuerySideProperties properties,
                                               MeterRegistry meters, ProjectionJson projectionJson, NodeId nodeId,
                                               Clock clock) {
        return new ProjectionManager(projections, states, source, tokenStore, axonTransactions, transactions, jdbc,
                                     dialect, serializer, connections, properties, meters, projectionJson.mapper(),
                                     new SegmentBalance(jdbc, nodeId, clock));
    }

    @Bean
    public DeadLetters deadLetters(ProjectionManager manager) {
        return new DeadLetters(manager);
    }
}
