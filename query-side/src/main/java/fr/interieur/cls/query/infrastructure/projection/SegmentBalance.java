package fr.interieur.cls.query.infrastructure.projection;

import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Axon's pooled processors let the first instance claim every segment; this makes query-side instances share
 * them. Each instance beats every second; one that holds more than its fair share of a processor's segments
 * releases the extra ones for a while, and the others claim them.
 */
public class SegmentBalance {

    static final Duration ALIVE = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final NodeId node;
    private final Clock clock;

    public SegmentBalance(JdbcTemplate jdbc, NodeId node, Clock clock) {
        this.jdbc = jdbc;
        this.node = node;
        this.clock = clock;
    }

    /** Says this instance is alive; returns how many instances are. */
    int beat() {
        Timestamp now = Timestamp.from(clock.instant());
        if (jdbc.update("UPDATE query.instance_heartbeat SET seen_at = ? WHERE node_id = ?", now, node.value()) == 0) {
            jdbc.update("INSERT INTO query.instance_heartbeat (node_id, seen_at) VALUES (?, ?)", node.value(), now);
        }
        Integer alive = jdbc.queryForObject("SELECT count(*) FROM query.instance_heartbeat WHERE seen_at > ?",
                                            Integer.class, Timestamp.from(clock.instant().minus(ALIVE)));
        return Math.max(1, alive == null ? 1 : alive);
    }

    void balance(PooledStreamingEventProcessor processor, int instances) {
        List<Integer> mine = new ArrayList<>(processor.processingStatus().keySet());
        Integer total = jdbc.queryForObject("SELECT count(*) FROM query.token_entry WHERE processor_name = ?",
                                            Integer.class, processor.getName());
        if (total == null || total == 0 || instances < 2) {
            return;
        }
        int fair = (total + instances - 1) / instances;
        mine.sort(null);
        for (int i = fair; i < mine.size(); i++) {
            processor.releaseSegment(mine.get(i), 5, TimeUnit.SECONDS);
        }
    }

    void leave() {
        jdbc.update("DELETE FROM query.instance_heartbeat WHERE node_id = ?", node.value());
    }
}
