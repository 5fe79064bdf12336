package fr.interieur.cls.query.infrastructure.events;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The event store as the processors follow it. A stream reads batches from the storage engine while there are
 * events; when it has caught up it stays idle, without querying, until {@link #eventsMayBeAvailable()} says
 * otherwise: PostgreSQL's NOTIFY when events commit, or a slower poll as the fallback. The processors'
 * coordinators are woken through Axon's availability callback, so an event reaches the projections within
 * milliseconds of its commit.
 */
public class NotifiedEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final EventStorageEngine engine;
    private final Set<NotifiedStream> streams = ConcurrentHashMap.newKeySet();

    public NotifiedEventSource(EventStorageEngine engine) {
        this.engine = engine;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        NotifiedStream stream = new NotifiedStream(trackingToken);
        streams.add(stream);
        return stream;
    }

    /** New events may have been committed: every open stream looks again. */
    public void eventsMayBeAvailable() {
        streams.forEach(NotifiedStream::signal);
    }

    @Override
    public TrackingToken createTailToken() {
        return engine.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return engine.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return engine.createTokenAt(dateTime);
    }

    private final class NotifiedStream implements BlockingStream<TrackedEventMessage<?>> {

        private final ReentrantLock lock = new ReentrantLock();
        private final Condition signalled = lock.newCondition();
        private TrackingToken lastToken;
        private Iterator<? extends TrackedEventMessage<?>> batch;
        private TrackedEventMessage<?> next;
        private volatile boolean mayHaveMore = true;
        private volatile Runnable onAvailable = () -> {
        };

        NotifiedStream(TrackingToken from) {
            this.lastToken = from;
        }

        void signal() {
            lock.lock();
            try {
                mayHaveMore = true;
                signalled.signalAll();
            } finally {
                lock.unlock();
            }
            onAvailable.run();
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return fill() ? Optional.of(next) : Optional.empty();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            while (!fill()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                lock.lock();
                try {
                    if (!mayHaveMore) {
                        signalled.awaitNanos(left);
                    }
                } finally {
                    lock.unlock();
                }
            }
            return true;
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            while (!hasNextAvailable(Integer.MAX_VALUE, TimeUnit.MILLISECONDS)) {
                // wait on
            }
            TrackedEventMessage<?> event = next;
            next = null;
            lastToken = event.trackingToken();
            return event;
        }

        /** True when an event is ready; reads the store only when new events may have come. */
        private boolean fill() {
            if (next != null) {
                return true;
            }
            if (batch == null) {
                if (!mayHaveMore) {
                    return false;
                }
                mayHaveMore = false;
                batch = engine.readEvents(lastToken, false).iterator();
            }
            if (batch.hasNext()) {
                next = batch.next();
                return true;
            }
            batch = null;
            return false;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            onAvailable = callback;
            return true;
        }

        @Override
        public void close() {
            streams.remove(this);
        }
    }
}
