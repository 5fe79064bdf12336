package fr.interieur.cls.query.infrastructure.web;

import fr.interieur.cls.query.infrastructure.QuerySideProperties;
import fr.interieur.cls.query.infrastructure.projection.ProjectionManager;
import org.springframework.stereotype.Component;

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
            long sleep = 2;
            while (projections.activePosition(projection) < minPosition) {
                if (System.nanoTime() > deadline) {
                    throw new NotYetConsistent(projection, minPosition);
                }
                try {
                    Thread.sleep(sleep);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new NotYetConsistent(projection, minPosition);
                }
                sleep = Math.min(sleep * 2, 50);
            }
        }
    }

    /** The projections have not reached the position asked for in time: 503, retry later. */
    public static class NotYetConsistent extends RuntimeException {

        public NotYetConsistent(String projection, long position) {
            super("projection " + projection + " has not reached position " + position + " yet; retry shortly");
        }
    }
}
