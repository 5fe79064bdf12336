package fr.interieur.cls.query.infrastructure.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interieur.cls.eventstore.SqlDialect;
import fr.interieur.cls.query.infrastructure.QuerySideProperties;
import fr.interieur.cls.query.infrastructure.events.NotifiedEventSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs one Axon pooled streaming processor per projection and slot, as the shared projection state says: the
 * active slot's processor always, the other slot's while it is being rebuilt. Reconciles every second, so that
 * all query-side instances follow a rebuild and its switch-over; the segments of each processor are shared
 * between instances through the token store. Publishes each projection's position and lag.
 */
public class ProjectionManager implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProjectionManager.class);

    public static final DeadLetterSchema DEAD_LETTER_SCHEMA = DeadLetterSchema.builder()
            .deadLetterTable("query.dead_letter_entry")
            .deadLetterIdentifierColumn("dead_letter_id")
            .processingGroupColumn("processing_group")
            .sequenceIdentifierColumn("sequence_identifier")
            .sequenceIndexColumn("sequence_index")
            .messageTypeColumn("message_type")
            .eventIdentifierColumn("event_identifier")
            .timestampColumn("time_stamp")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .aggregateTypeColumn("aggregate_type")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .tokenTypeColumn("token_type")
            .tokenColumn("token")
            .enqueuedAtColumn("enqueued_at")
            .lastTouchedColumn("last_touched")
            .processingStartedColumn("processing_started")
            .causeTypeColumn("cause_type")
            .causeMessageColumn("cause_message")
            .diagnosticsColumn("diagnostics")
            .build();

    /** A failed attempt, first or retried, counts in the letter's diagnostics. */
    static final EnqueuePolicy<EventMessage<?>> COUNT_ATTEMPTS = (letter, cause) -> Decisions.requeue(
            cause, l -> l.diagnostics().and("attempts", ((Number) l.diagnostics().getOrDefault("attempts", 0)).intValue() + 1));

    /** How often an idle segment records how far it has read (and extends its claim). */
    static final long CLAIM_EXTENSION_MS = 500;

    private final Map<String, Projection> projections = new LinkedHashMap<>();
    private final ProjectionStates states;
    private final NotifiedEventSource source;
    private final TokenStore tokenStore;
    private final TransactionManager axonTransactions;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final SqlDialect dialect;
    private final Serializer serializer;
    private final ConnectionProvider connections;
    private final QuerySideProperties properties;
    private final MeterRegistry meters;
    private final ObjectMapper json = new ObjectMapper();
    private final ObjectMapper documents;
    private final SegmentBalance balance;
    private final Map<String, Running> running = new ConcurrentHashMap<>();
    private final Map<String, ProjectionStatus> lastStatus = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;
    private volatile boolean started;

    public ProjectionManager(List<Projection> projections, ProjectionStates states, NotifiedEventSource source,
                             TokenStore tokenStore, TransactionManager axonTransactions, TransactionTemplate transactions,
                             JdbcTemplate jdbc, SqlDialect dialect, Serializer serializer, ConnectionProvider connections,
                             QuerySideProperties properties, MeterRegistry meters, ObjectMapper documents,
                             SegmentBalance balance) {
        projections.forEach(projection -> this.projections.put(projection.name(), projection));
        this.states = states;
        this.source = source;
        this.tokenStore = tokenStore;
        this.axonTransactions = axonTransactions;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.serializer = serializer;
        this.connections = connections;
        this.properties = properties;
        this.meters = meters;
        this.documents = documents;
        this.balance = balance;
    }

    public List<String> names() {
        return List.copyOf(projections.keySet());
    }

    public Projection projection(String name) {
        Projection projection = projections.get(name);
        if (projection == null) {
            throw new UnknownProjection(name);
        }
        return projection;
    }

    @Override
    public void start() {
        projections.keySet().forEach(states::ensure);
        for (String name : projections.keySet()) {
            Gauge.builder("cls.projection.position", () -> status(name).position())
                 .description("global position the projection has processed").tag("projection", name).register(meters);
            Gauge.builder("cls.projection.lag.events", () -> status(name).lagEvents())
                 .description("events in the store the projection has not processed yet").tag("projection", name)
                 .register(meters);
            Gauge.builder("cls.projection.lag.ms", () -> status(name).lagMs())
                 .description("age of the oldest event the projection has not processed yet").tag("projection", name)
                 .register(meters);
        }
        reconcile();
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("projection-manager")
                                                                     .daemon(true).factory());
        scheduler.scheduleWithFixedDelay(this::reconcileQuietly, 1, 1, TimeUnit.SECONDS);
        started = true;
    }

    private void reconcileQuietly() {
        try {
            reconcile();
        } catch (RuntimeException e) {
            log.warn("reconciling projections failed: {}", e.toString());
        }
    }

    /** Starts and stops processors as the shared state says, and switches a finished rebuild over. */
    public synchronized void reconcile() {
        int instances = balance.beat();
        for (ProjectionState state : states.all()) {
            if (!projections.containsKey(state.projection())) {
                continue;
            }
            state.rebuildingSlot().ifPresent(target -> switchIfCaughtUp(state, target));
        }
        for (ProjectionState state : states.all()) {
            Projection projection = projections.get(state.projection());
            if (projection == null) {
                continue;
            }
            List<Slot> wanted = new ArrayList<>(List.of(state.active()));
            state.rebuildingSlot().ifPresent(wanted::add);
            for (Slot slot : Slot.values()) {
                String processor = state.processor(slot);
                if (wanted.contains(slot) && !running.containsKey(processor)) {
                    running.put(processor, startProcessor(projection, slot));
                } else if (!wanted.contains(slot) && running.containsKey(processor)) {
                    running.remove(processor).stop();
                }
            }
            lastStatus.put(state.projection(), measure(state));
        }
        running.values().forEach(processor -> balance.balance(processor.processor(), instances));
    }

    private void switchIfCaughtUp(ProjectionState state, Slot target) {
        long rebuilt = position(state.processor(target)).orElse(-1);
        long live = position(state.processor(state.active())).orElse(-1);
        long head = head();
        if (rebuilt >= 0 && rebuilt >= live || head == 0 && rebuilt >= 0) {
            if (states.switchOver(state.projection(), target)) {
                log.info("projection {} rebuilt in slot {} up to position {}; reads switched over", state.projection(),
                         target.code(), rebuilt);
            }
        }
    }

    /**
     * Rebuilds a projection from the first event into its other slot while reads keep using the active one; the
     * switch-over happens when the rebuilt copy has caught up.
     */
    public synchronized ProjectionState rebuild(String name) {
        Projection projection = projection(name);
        ProjectionState state = states.find(name).orElseThrow(() -> new UnknownProjection(name));
        if (state.rebuildingSlot().isPresent()) {
            throw new RebuildConflict("projection " + name + " is already being rebuilt into slot "
                                      + state.rebuilding().code());
        }
        Slot target = state.active().other();
        String processor = state.processor(target);
        Running previous = running.remove(processor);
        if (previous != null) {
            previous.stop();
        }
        if (claimedElsewhere(processor)) {
            throw new RebuildConflict("another instance still releases slot " + target.code() + " of " + name
                                      + "; retry in a few seconds");
        }
        transactions.executeWithoutResult(status -> {
            for (Table table : projection.tables()) {
                jdbc.update("DELETE FROM " + target.schema() + "." + table.name());
            }
            jdbc.update("DELETE FROM query.token_entry WHERE processor_name = ?", processor);
            jdbc.update("DELETE FROM query.dead_letter_entry WHERE processing_group = ?", processor);
        });
        if (!states.startRebuild(name, target)) {
            throw new RebuildConflict("projection " + name + " is already being rebuilt");
        }
        reconcile();
        return states.find(name).orElseThrow();
    }

    private boolean claimedElsewhere(String processor) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT count(*) > 0 FROM query.token_entry WHERE processor_name = ? AND owner IS NOT NULL",
                Boolean.class, processor));
    }

    private Running startProcessor(Projection projection, Slot slot) {
        String name = ProjectionState.processorName(projection.name(), slot);
        JdbcSequencedDeadLetterQueue<EventMessage<?>> deadLetters = deadLetterQueue(name);
        DeadLetteringEventHandlerInvoker invoker = invoker(projection, slot, deadLetters);
        ScheduledExecutorService coordinator = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("coordinator-" + name).daemon(true).factory());
        ScheduledExecutorService workers = Executors.newScheduledThreadPool(
                properties.segments(), Thread.ofPlatform().name("worker-" + name + "-", 0).daemon(true).factory());
        PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(invoker)
                .messageSource(source)
                .tokenStore(tokenStore)
                .transactionManager(axonTransactions)
                .coordinatorExecutor(coordinator)
                .workerExecutor(workers)
                .initialSegmentCount(properties.segments())
                .batchSize(properties.batchSize())
                .initialToken(StreamableMessageSource::createTailToken)
                .tokenClaimInterval(2000)
                // a segment with no event of its own still stores its token this often: the position other
                // instances read (this instance reads its own segments' positions from memory)
                .claimExtensionThreshold(CLAIM_EXTENSION_MS)
                .build();
        processor.start();
        log.info("started processor {}", name);
        return new Running(processor, invoker, deadLetters, coordinator, workers);
    }

    DeadLetteringEventHandlerInvoker invoker(Projection projection, Slot slot,
                                             JdbcSequencedDeadLetterQueue<EventMessage<?>> deadLetters) {
        return DeadLetteringEventHandlerInvoker.builder()
                                               .eventHandlers(projection.handler(new ProjectionContext(slot.schema(), jdbc, dialect, documents)))
                                               .queue(deadLetters)
                                               .enqueuePolicy(COUNT_ATTEMPTS)
                                               .transactionManager(axonTransactions)
                                               .enableSequenceIdentifierCache()
                                               .build();
    }

    JdbcSequencedDeadLetterQueue<EventMessage<?>> deadLetterQueue(String processor) {
        return JdbcSequencedDeadLetterQueue.builder()
                                           .processingGroup(processor)
                                           .connectionProvider(connections)
                                           .transactionManager(axonTransactions)
                                           .schema(DEAD_LETTER_SCHEMA)
                                           .genericSerializer(serializer)
                                           .eventSerializer(serializer)
                                           .build();
    }

    /** The invoker that retries dead letters of a projection's active slot, running here or not. */
    DeadLetteringEventHandlerInvoker activeInvoker(String name) {
        Slot slot = states.activeSlot(name);
        String processor = ProjectionState.processorName(name, slot);
        Running here = running.get(processor);
        return here != null ? here.invoker : invoker(projection(name), slot, deadLetterQueue(processor));
    }

    /**
     * Lowest position over the processor's segments; empty before it starts. A segment this instance works on is
     * read from memory (it advances at once, even over events that are not its own); a segment another instance
     * holds is read from the shared token store, which that instance updates at least every half second.
     */
    public OptionalLong position(String processor) {
        Running here = running.get(processor);
        Map<Integer, EventTrackerStatus> local = here == null ? Map.of() : here.processor().processingStatus();
        List<long[]> segments = jdbc.query("SELECT segment, token FROM query.token_entry WHERE processor_name = ?",
                                           (row, i) -> new long[]{row.getInt(1), index(row.getBytes(2))}, processor);
        if (segments.isEmpty()) {
            return OptionalLong.empty();
        }
        long lowest = Long.MAX_VALUE;
        for (long[] segment : segments) {
            long position = segment[1];
            EventTrackerStatus status = local.get((int) segment[0]);
            if (status != null && !status.isErrorState()) {
                position = Math.max(position, status.getCurrentPosition().orElse(position));
            }
            lowest = Math.min(lowest, position);
        }
        return OptionalLong.of(lowest);
    }

    /** The global index a stored token has reached: 0 before the first event. */
    private long index(byte[] token) {
        if (token == null) {
            return 0;
        }
        try {
            JsonNode node = json.readTree(token);
            JsonNode index = node.findValue("index");
            return index == null ? 0 : Math.max(0, index.asLong());
        } catch (IOException e) {
            throw new IllegalStateException("unreadable tracking token", e);
        }
    }

    /** Position the active slot of this projection has processed, for reads waiting on {@code minPosition}. */
    public long activePosition(String name) {
        return position(ProjectionState.processorName(name, states.activeSlot(name))).orElse(0);
    }

    public long head() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    public Slot activeSlot(String name) {
        return states.activeSlot(name);
    }

    public ProjectionStatus status(String name) {
        return lastStatus.getOrDefault(name, new ProjectionStatus(name, "a", 0, 0, 0, "starting", null, null));
    }

    public List<ProjectionStatus> statuses() {
        return states.all().stream().filter(state -> projections.containsKey(state.projection()))
                     .map(this::measure).toList();
    }

    private ProjectionStatus measure(ProjectionState state) {
        long head = head();
        long position = position(state.processor(state.active())).orElse(0);
        long lagMs = 0;
        if (position < head) {
            String oldest = jdbc.query("SELECT time_stamp FROM domain_event_entry WHERE global_index > ? "
                                               + "ORDER BY global_index LIMIT 1",
                                       (row, i) -> row.getString(1), position).stream().findFirst().orElse(null);
            lagMs = oldest == null ? 0 : Math.max(0, System.currentTimeMillis() - parse(oldest));
        }
        Long rebuildPosition = state.rebuildingSlot()
                                    .map(slot -> position(state.processor(slot)).orElse(0)).orElse(null);
        ProjectionStatus status = new ProjectionStatus(state.projection(), state.active().code(), position,
                                                       head - position, lagMs,
                                                       state.rebuildingSlot().isPresent() ? "rebuilding" : "live",
                                                       state.rebuildingSlot().map(Slot::code).orElse(null),
                                                       rebuildPosition);
        lastStatus.put(state.projection(), status);
        return status;
    }

    private static long parse(String timestamp) {
        try {
            return Instant.parse(timestamp).toEpochMilli();
        } catch (DateTimeParseException e) {
            return System.currentTimeMillis();
        }
    }

    @Override
    public void stop() {
        started = false;
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        running.values().forEach(Running::stop);
        running.clear();
        try {
            balance.leave();
        } catch (RuntimeException e) {
            log.debug("could not say goodbye: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    @Override
    public int getPhase() {
        // after the web server is up and before it stops, processors run
        return Integer.MAX_VALUE - 100;
    }

    /** What a processor of this instance holds. */
    private record Running(PooledStreamingEventProcessor processor, DeadLetteringEventHandlerInvoker invoker,
                           JdbcSequencedDeadLetterQueue<EventMessage<?>> deadLetters,
                           ScheduledExecutorService coordinator, ScheduledExecutorService workers) {

        void stop() {
            try {
                processor.shutdownAsync().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                log.warn("processor {} did not stop cleanly: {}", processor.getName(), e.toString());
            } finally {
                coordinator.shutdownNow();
                workers.shutdownNow();
            }
        }
    }
}
