package fr.interieur.cls.query.infrastructure.projection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code query.projection_state} table: shared by all query-side instances, so that they all read from the
 * same slot and all work on the same rebuild. Reads go through an in-memory copy refreshed by the projection
 * manager.
 */
public class ProjectionStates {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Map<String, ProjectionState> cached = new ConcurrentHashMap<>();

    public ProjectionStates(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public void ensure(String projection) {
        if (find(projection).isEmpty()) {
            jdbc.update("INSERT INTO query.projection_state (projection, active_slot) SELECT ?, 'a' "
                                + "WHERE NOT EXISTS (SELECT 1 FROM query.projection_state WHERE projection = ?)",
                        projection, projection);
        }
    }

    public List<ProjectionState> all() {
        List<ProjectionState> states = jdbc.query(
                "SELECT projection, active_slot, rebuild_slot, rebuild_from, switched_at FROM query.projection_state "
                        + "ORDER BY projection",
                (row, i) -> new ProjectionState(row.getString(1), Slot.of(row.getString(2)),
                                                row.getString(3) == null ? null : Slot.of(row.getString(3)),
                                                row.getString(4), row.getString(5)));
        states.forEach(state -> cached.put(state.projection(), state));
        return states;
    }

    public Optional<ProjectionState> find(String projection) {
        return all().stream().filter(state -> state.projection().equals(projection)).findFirst();
    }

    /** The slot reads use, from memory (refreshed every second and on every change made here). */
    public Slot activeSlot(String projection) {
        ProjectionState state = cached.get(projection);
        if (state == null) {
            state = find(projection).orElseThrow(() -> new IllegalArgumentException("no projection " + projection));
        }
        return state.active();
    }

    /** Marks the other slot as being rebuilt; false if a rebuild is already under way. */
    public boolean startRebuild(String projection, Slot target) {
        boolean started = jdbc.update("UPDATE query.projection_state SET rebuild_slot = ?, rebuild_from = ? "
                                              + "WHERE projection = ? AND rebuild_slot IS NULL AND active_slot <> ?",
                                      target.code(), Instant.now().toString(), projection, target.code()) == 1;
        all();
        return started;
    }

    /** Reads switch to the rebuilt slot; false if someone else switched or cancelled first. */
    public boolean switchOver(String projection, Slot rebuilt) {
        boolean switched = Boolean.TRUE.equals(transactions.execute(status -> jdbc.update(
                "UPDATE query.projection_state SET active_slot = ?, rebuild_slot = NULL, switched_at = ? "
                        + "WHERE projection = ? AND rebuild_slot = ?",
                rebuilt.code(), Instant.now().toString(), projection, rebuilt.code()) == 1));
        all();
        return switched;
    }
}
