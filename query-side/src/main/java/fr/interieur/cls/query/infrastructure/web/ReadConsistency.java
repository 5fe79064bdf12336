package fr.interieur.cls.query.infrastructure.web;

import fr.interieur.cls.query.infrastructure.QuerySideProperties;
import fr.interieur.cls.query.infrastructure.projection.ProjectionManager;
import org.springframework.stereotype.Component;

import java.util.function.LongSupplier;

/**
 * Read-your-writes: a client that got position n from a command passes {@code minPosition=n}, and the read waits
 * (bounded) until the projections it reads from have processed position n.
 */
@Component
public class ReadConsistency {

    private final ProjectionManager projections;
    private final QuerySideProperties properties;

    public ReadConsistency(ProjectionManager projections, QuerySideProperties properties) {
        this.projections = projections;
        this.properties = properties;
    }

    public void await(Long minPosition, String... projectionNames) {
        if (minPosition == null || minPosition <= 0) {
            return;
        }
        long deadline = System.nanoTime() + properties.minPositionWait().toNanos();
        for (String projection : projectionNames) {
            await(minPosition, deadline, "projection " + projection, () -> projections.activePosition(projection));
        }
    }

    /**
     * The same for reads of the event store itself (the event exports), since every read takes {@code minPosition}
     * (api.md): no projection to wait for, but the store read may not hold position n yet (a read replica lags).
     */
    public void awaitLog(Long minPosition) {
        if (minPosition == null || minPosition <= 0) {
            return;
        }
        await(minPosition, System.nanoTime() + properties.minPositionWait().toNanos(), "the event store",
              projections::head);
    }

    private static void await(long minPosition, long deadline, String what, LongSupplier position) {
        long sleep = 2;
        while (position.getAsLong() < minPosition) {
            if (System.nanoTime() > deadline) {
                throw new NotYetConsistent(what, minPosition);
            }
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NotYetConsistent(what, minPosition);
            }
            sleep = Math.min(sleep * 2, 50);
        }
    }

    /** The projections have not reached the position asked for in time: 503, retry later. */
    public static class NotYetConsistent extends RuntimeException {

        public NotYetConsistent(String what, long position) {
            super(what + " has not reached position " + position + " yet; retry shortly");
        }
    }
}
