package fr.interieur.cls.query.timeline;

import fr.interieur.cls.query.infrastructure.projection.ProjectionManager;
import fr.interieur.cls.query.infrastructure.web.PageRequest;
import fr.interieur.cls.web.BadRequestParameter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Reads of the timeline projection's active slot, in position order, paged by position. */
@Component
class TimelineReads {

    static final String CONTRACT = "Contract";

    private static final String COLUMNS = "position, occurred_at, effective_on, aggregate_type, aggregate_id, "
                                          + "departement, theme, type, actor, actor_name, reason, summary";

    /** A contract the timeline has seen, and its département when its drafting was seen. */
    record Known(String departement) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Supplier<String> schema;

    @Autowired
    TimelineReads(NamedParameterJdbcTemplate jdbc, ProjectionManager projections) {
        this(jdbc, () -> projections.activeSlot(TimelineProjection.NAME).schema());
    }

    TimelineReads(NamedParameterJdbcTemplate jdbc, Supplier<String> schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    Optional<Known> contract(String contractId) {
        return jdbc.query("SELECT departement FROM " + schema.get() + ".timeline_aggregate "
                                  + "WHERE aggregate_type = :type AND aggregate_id = :id",
                          new MapSqlParameterSource("type", CONTRACT).addValue("id", contractId),
                          (row, i) -> new Known(row.getString(1))).stream().findFirst();
    }

    PageRequest.Page<TimelineEntry.OfContract> ofContract(String contractId, TimelineFilter filter, PageRequest page) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("aggregateType", CONTRACT)
                .addValue("aggregateId", contractId);
        PageRequest.Page<TimelineEntry> entries = page(
                "aggregate_type = :aggregateType AND aggregate_id = :aggregateId", parameters, filter, page);
        return new PageRequest.Page<>(entries.items().stream().map(TimelineEntry::ofContract).toList(),
                                      entries.nextCursor());
    }

    /** Entries of every contract and district, narrowed by the filter (départements included). */
    PageRequest.Page<TimelineEntry> all(TimelineFilter filter, PageRequest page) {
        return page("1 = 1", new MapSqlParameterSource(), filter, page);
    }

    private PageRequest.Page<TimelineEntry> page(String where, MapSqlParameterSource parameters,
                                                 TimelineFilter filter, PageRequest page) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM " + schema.get() + ".timeline_entry WHERE ")
                .append(where);
        if (filter.from() != null) {
            sql.append(" AND occurred_at >= :from");
            parameters.addValue("from", OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            sql.append(" AND occurred_at < :to");
            parameters.addValue("to", OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        }
        if (!filter.types().isEmpty()) {
            sql.append(" AND type IN (:types)");
            parameters.addValue("types", filter.types());
        }
        if (filter.theme() != null) {
            sql.append(" AND theme = :theme");
            parameters.addValue("theme", filter.theme());
        }
        filter.departements().ifPresent(codes -> {
            sql.append(" AND departement IN (:departements)");
            parameters.addValue("departements", codes.isEmpty() ? List.of("-") : codes);
        });
        if (page.after() != null) {
            sql.append(" AND position > :after");
            parameters.addValue("after", after(page));
        }
        sql.append(" ORDER BY position LIMIT ").append(page.limit() + 1);
        List<TimelineEntry> entries = jdbc.query(sql.toString(), parameters, (row, i) -> entry(row));
        if (entries.size() <= page.limit()) {
            return new PageRequest.Page<>(entries, null);
        }
        List<TimelineEntry> items = entries.subList(0, page.limit());
        return new PageRequest.Page<>(List.copyOf(items),
                                      PageRequest.cursor(Long.toString(items.get(items.size() - 1).position())));
    }

    private static long after(PageRequest page) {
        try {
            return Long.parseLong(page.after());
        } catch (NumberFormatException e) {
            throw new BadRequestParameter("cursor", "cursor is not one this service gave");
        }
    }

    private static TimelineEntry entry(ResultSet row) throws SQLException {
        Instant occurredAt = row.getObject("occurred_at", OffsetDateTime.class).toInstant();
        return new TimelineEntry(row.getLong("position"), occurredAt,
                                 row.getObject("effective_on", LocalDate.class), row.getString("aggregate_type"),
                                 row.getString("aggregate_id"), row.getString("departement"), row.getString("theme"),
                                 row.getString("type"), row.getString("actor"), row.getString("actor_name"),
                                 row.getString("reason"), row.getString("summary"));
    }
}
