package fr.interieur.cls.query.territory;

import fr.interieur.cls.query.infrastructure.QuerySideProperties;
import fr.interieur.cls.query.infrastructure.projection.ProjectionManager;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The territory projection as reads see it now: its active slot, and today's date where users are. */
@Component
public class TerritoryReads {

    private final NamedParameterJdbcTemplate jdbc;
    private final ProjectionManager projections;
    private final Clock clock;
    private final ZoneId zone;

    TerritoryReads(NamedParameterJdbcTemplate jdbc, ProjectionManager projections, Clock clock,
                   QuerySideProperties properties) {
        this.jdbc = jdbc;
        this.projections = projections;
        this.clock = clock;
        this.zone = properties.zone();
    }

    /** Reads of the active slot; take one per request, so that a switch-over never splits a read. */
    public Territory active() {
        return new Territory(jdbc, projections.activeSlot(TerritoryProjection.NAME).schema());
    }

    /** Community policing runs from its start date: "today" is the civil date of the users' zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
