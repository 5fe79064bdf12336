package fr.interieur.cls.command.infrastructure.bus;

import fr.interieur.cls.eventstore.AppendedEvent;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import fr.interieur.cls.command.common.CleanRejection;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A command bus that commits many commands in one database transaction (group commit) and still answers each
 * command on its own, with its own rules and its own outcome.
 * <p>
 * Callers' threads only enqueue. One worker thread takes whatever is waiting (up to {@code maxBatchSize}), opens
 * one transaction, takes the event store's append lock, runs each command through Axon's local command bus
 * (aggregates, rules, event appends, the synchronous handlers that keep command-side tables), lets the batch
 * participants write beside it (idempotency keys), commits once, and only then answers every caller.
 * <p>
 * A command refused by its rules before writing anything ({@link CleanRejection}, unknown aggregate, stale
 * version) is simply answered with its refusal. Anything else that fails mid-batch (a database error, a
 * constraint) rolls the whole transaction back; the cached aggregates it touched are evicted and each command
 * of the batch runs again in a transaction of its own, so one bad command never takes others down with it.
 * <p>
 * With one worker per instance and the append lock held for the whole transaction, commands of all instances
 * run one batch at a time: rules that look across aggregates (a commune in two live contracts) see a stable
 * database, and global positions follow commit order.
 */
public class GroupCommitCommandBus implements CommandBus, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommitCommandBus.class);

    private final SimpleCommandBus local;
    private final PlatformTransactionManager transactions;
    private final JdbcTemplate jdbc;
    private final String appendLockStatement;
    private final AppendRegistry appendRegistry;
    private final Cache aggregateCache;
    private final List<BatchParticipant> participants;
    private final int maxBatchSize;
    private final BlockingQueue<Pending> queue;
    private final Thread worker;
    private final DistributionSummary batchSizes;
    private volatile boolean running = true;

    public GroupCommitCommandBus(SimpleCommandBus local, PlatformTransactionManager transactions, JdbcTemplate jdbc,
                                 String appendLockStatement, AppendRegistry appendRegistry, Cache aggregateCache,
                                 List<BatchParticipant> participants, int maxBatchSize, int queueCapacity,
                                 MeterRegistry meters) {
        this.local = local;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.appendLockStatement = appendLockStatement;
        this.appendRegistry = appendRegistry;
        this.aggregateCache = aggregateCache;
        this.participants = List.copyOf(participants);
        this.maxBatchSize = maxBatchSize;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.batchSizes = DistributionSummary.builder("cls.commands.batch.size")
                                             .description("commands committed per transaction")
                                             .publishPercentiles(0.5, 0.99)
                                             .register(meters);
        this.worker = Thread.ofPlatform().name("command-group-commit").daemon(true).start(this::work);
    }

    @Override
    public <C> void dispatch(CommandMessage<C> command) {
        dispatch(command, (message, result) -> {
        });
    }

    @Override
    public <C, R> void dispatch(CommandMessage<C> command, CommandCallback<? super C, ? super R> callback) {
        Pending pending = new Pending(command, callback);
        if (!running || !queue.offer(pending)) {
            pending.complete(GenericCommandResultMessage.asCommandResultMessage(
                    new CommandBusBusyException("the command side is " + (running ? "overloaded" : "stopping")
                                                        + "; retry shortly")));
        }
    }

    private void work() {
        List<Pending> batch = new ArrayList<>(maxBatchSize);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatchSize - 1);
                batchSizes.record(batch.size());
                runBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException | Error e) {
                log.error("group commit worker failed; answering the batch with the error", e);
                for (Pending pending : batch) {
                    pending.completeIfOpen(GenericCommandResultMessage.asCommandResultMessage(e));
                }
            } finally {
                batch.clear();
            }
        }
    }

    private void runBatch(List<Pending> batch) {
        if (tryInOneTransaction(batch)) {
            return;
        }
        if (batch.size() == 1) {
            return;
        }
        for (Pending pending : batch) {
            tryInOneTransaction(List.of(pending));
        }
    }

    /**
     * Runs the commands in one transaction and answers them once it committed. Returns false, having answered
     * nobody, when the transaction had to be rolled back and the batch held more than one command.
     */
    private boolean tryInOneTransaction(List<Pending> batch) {
        TransactionStatus transaction = transactions.getTransaction(
                new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW));
        List<Object> results = new ArrayList<>(batch.size());
        Set<String> touched = new HashSet<>();
        RuntimeException failure = null;
        try {
            jdbc.execute(appendLockStatement);
            for (Pending pending : batch) {
                Object result = runOne(pending.command, touched);
                if (result instanceof Tainted tainted) {
                    failure = tainted.cause;
                    break;
                }
                results.add(result);
            }
        } catch (RuntimeException e) {
            failure = e;
        }
        if (failure == null) {
            try {
                transactions.commit(transaction);
            } catch (RuntimeException e) {
                failure = e;
            }
        } else {
            rollbackQuietly(transaction);
        }
        for (Pending pending : batch) {
            appendRegistry.forget(pending.command.getIdentifier());
        }
        if (failure != null) {
            touched.forEach(aggregateCache::remove);
            if (batch.size() > 1) {
                log.debug("batch of {} rolled back ({}); running its commands one by one", batch.size(),
                          failure.toString());
                return false;
            }
            batch.get(0).complete(GenericCommandResultMessage.asCommandResultMessage(failure));
            return true;
        }
        for (int i = 0; i < batch.size(); i++) {
            Object result = results.get(i);
            batch.get(i).complete(result instanceof Throwable error
                                          ? GenericCommandResultMessage.asCommandResultMessage(error)
                                          : GenericCommandResultMessage.asCommandResultMessage(result));
        }
        return true;
    }

    /** Runs one command inside the batch's transaction: its outcome, its clean refusal, or a taint. */
    private Object runOne(CommandMessage<?> command, Set<String> touched) {
        for (BatchParticipant participant : participants) {
            Optional<Object> answer = participant.answerWithoutRunning(command);
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        CommandResultMessage<?>[] result = new CommandResultMessage<?>[1];
        local.dispatch(command, (message, resultMessage) -> result[0] = resultMessage);
        List<AppendedEvent> appended = appendRegistry.appendedBy(command.getIdentifier());
        appended.forEach(event -> touched.add(event.aggregateId()));
        if (result[0] == null) {
            return new Tainted(new IllegalStateException("the command bus did not answer " + command.getCommandName()));
        }
        if (result[0].isExceptional()) {
            Throwable error = result[0].exceptionResult();
            if (appended.isEmpty() && isClean(error)) {
                return error;
            }
            return new Tainted(error instanceof RuntimeException runtime ? runtime : new IllegalStateException(error));
        }
        if (appended.isEmpty()) {
            return new Tainted(new IllegalStateException(command.getCommandName() + " recorded no event"));
        }
        AppendedEvent last = appended.get(appended.size() - 1);
        CommandOutcome outcome = new CommandOutcome(last.aggregateId(), last.sequence() + 1, last.globalIndex());
        for (BatchParticipant participant : participants) {
            participant.succeeded(command, outcome);
        }
        return outcome;
    }

    private static boolean isClean(Throwable error) {
        return error instanceof CleanRejection
                || error instanceof AggregateNotFoundException
                || error instanceof ConflictingAggregateVersionException
                || error instanceof IllegalArgumentException;
    }

    private void rollbackQuietly(TransactionStatus transaction) {
        try {
            transactions.rollback(transaction);
        } catch (RuntimeException e) {
            log.warn("rollback failed", e);
        }
    }

    @Override
    public Registration subscribe(String commandName, MessageHandler<? super CommandMessage<?>> handler) {
        return local.subscribe(commandName, handler);
    }

    @Override
    public Registration registerHandlerInterceptor(
            MessageHandlerInterceptor<? super CommandMessage<?>> handlerInterceptor) {
        return local.registerHandlerInterceptor(handlerInterceptor);
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super CommandMessage<?>> dispatchInterceptor) {
        return local.registerDispatchInterceptor(dispatchInterceptor);
    }

    /** Stops taking commands, finishes what is queued, then stops the worker. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        worker.join(TimeUnit.SECONDS.toMillis(30));
    }

    private record Tainted(RuntimeException cause) {
    }

    private static final class Pending {

        private final CommandMessage<?> command;
        private final CommandCallback<Object, Object> callback;
        private boolean completed;

        @SuppressWarnings("unchecked")
        Pending(CommandMessage<?> command, CommandCallback<?, ?> callback) {
            this.command = command;
            this.callback = (CommandCallback<Object, Object>) callback;
        }

        @SuppressWarnings("unchecked")
        void complete(CommandResultMessage<?> result) {
            completed = true;
            callback.onResult((CommandMessage<Object>) command, (CommandResultMessage<Object>) result);
        }

        void completeIfOpen(CommandResultMessage<?> result) {
            if (!completed) {
                complete(result);
            }
        }
    }
}
