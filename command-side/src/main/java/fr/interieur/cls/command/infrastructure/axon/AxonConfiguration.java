package fr.interieur.cls.command.infrastructure.axon;

import fr.interieur.cls.command.infrastructure.CommandSideProperties;
import fr.interieur.cls.command.infrastructure.bus.AppendRegistry;
import fr.interieur.cls.command.infrastructure.bus.BatchParticipant;
import fr.interieur.cls.command.infrastructure.bus.GroupCommitCommandBus;
import fr.interieur.cls.events.EventJson;
import fr.interieur.cls.eventstore.ClsEventStorageEngine;
import fr.interieur.cls.eventstore.ClsSerializer;
import fr.interieur.cls.eventstore.SqlDialect;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Axon on PostgreSQL without Axon Server: the JDBC event store with Jackson, snapshots, the aggregate cache and
 * the group-commit command bus. Event metadata carries who, why and in answer to which command.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    /** The metadata every event inherits from the command that caused it. */
    public static final List<String> CORRELATED_METADATA =
            List.of("actor", "actorName", "reason", "correlationId", "causationId", AppendRegistry.COMMAND_ID);

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
    public CorrelationDataProvider commandMetadataToEvents() {
        return new SimpleCorrelationDataProvider(CORRELATED_METADATA.toArray(String[]::new));
    }

    @Bean
    public SqlDialect sqlDialect(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return SqlDialect.of(connection);
        }
    }

    @Bean
    public AppendRegistry appendRegistry() {
        return new AppendRegistry();
    }

    @Bean
    @DependsOn("schemaMigrations")
    public EventStorageEngine eventStorageEngine(Serializer serializer, ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager, SqlDialect dialect,
                                                 AppendRegistry appendRegistry) {
        return ClsEventStorageEngine.create(
                JdbcEventStorageEngine.builder()
                                      .connectionProvider(connectionProvider)
                                      .snapshotSerializer(serializer)
                                      .eventSerializer(serializer),
                new ClsEventStorageEngine.Settings(transactionManager, dialect, EventJson.newObjectMapper(),
                                                   appendRegistry));
    }

    @Bean(name = "eventBus")
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration) {
        return EmbeddedEventStore.builder()
                                 .storageEngine(storageEngine)
                                 .messageMonitor(configuration.messageMonitor(EmbeddedEventStore.class, "eventStore"))
                                 .build();
    }

    /** Aggregates stay in memory between commands; evicted when the JVM needs the room or a batch rolls back. */
    @Bean
    public Cache aggregateCache() {
        return new WeakReferenceCache();
    }

    @Bean(destroyMethod = "shutdown")
    public ExecutorService snapshotExecutor() {
        return Executors.newSingleThreadExecutor(Thread.ofPlatform().name("snapshotter").daemon(true).factory());
    }

    /** Snapshots are taken on their own thread and transaction, off the commands' path. */
    @Bean
    public Snapshotter aggregateSnapshotter(Configuration configuration, EmbeddedEventStore eventStore,
                                            TransactionManager transactionManager, ExecutorService snapshotExecutor) {
        AggregateSnapshotter.Builder builder = SpringAggregateSnapshotter.builder()
                                                                         .repositoryProvider(configuration::repository)
                                                                         .eventStore(eventStore)
                                                                         .transactionManager(transactionManager)
                                                                         .executor(snapshotExecutor);
        return builder.build();
    }

    @Bean
    public SnapshotTriggerDefinition snapshotTrigger(Snapshotter snapshotter, CommandSideProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
    }

    @Bean(destroyMethod = "close")
    public GroupCommitCommandBus commandBus(Configuration configuration, PlatformTransactionManager transactions,
                                            JdbcTemplate jdbc, SqlDialect dialect, AppendRegistry appendRegistry,
                                            Cache aggregateCache, List<BatchParticipant> participants,
                                            CommandSideProperties properties, MeterRegistry meters) {
        SimpleCommandBus local = SimpleCommandBus.builder()
                                                 .transactionManager(NoTransactionManager.INSTANCE)
                                                 .build();
        local.registerHandlerInterceptor(new CorrelationDataInterceptor<>(configuration.correlationDataProviders()));
        String appendLock = dialect == SqlDialect.POSTGRESQL
                ? "SELECT pg_advisory_xact_lock(7263870101)"
                : "SELECT 1";
        return new GroupCommitCommandBus(local, transactions, jdbc, appendLock, appendRegistry, aggregateCache,
                                         participants, properties.maxBatchSize(), properties.queueCapacity(), meters);
    }
}
