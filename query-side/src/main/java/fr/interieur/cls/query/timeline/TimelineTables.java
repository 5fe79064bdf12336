package fr.interieur.cls.query.timeline;

import fr.interieur.cls.query.infrastructure.projection.Table;

import java.util.List;

import static fr.interieur.cls.query.infrastructure.projection.Column.date;
import static fr.interieur.cls.query.infrastructure.projection.Column.instant;
import static fr.interieur.cls.query.infrastructure.projection.Column.json;
import static fr.interieur.cls.query.infrastructure.projection.Column.longs;
import static fr.interieur.cls.query.infrastructure.projection.Column.text;

/**
 * The timeline projection's tables (db/projection/V3__timeline.sql). Entries are written once per event; the
 * other tables are per contract or district, so that events of different aggregates never write the same row.
 */
final class TimelineTables {

    /** One row per event. */
    static final Table ENTRY = Table.of("timeline_entry", List.of(longs("position")),
            text("aggregate_type"), text("aggregate_id"), longs("sequence_number"), text("departement"),
            text("theme"), instant("occurred_at"), date("effective_on"), text("type"), text("actor"),
            text("actor_name"), text("reason"), text("correlation_id"), text("summary"));

    static final Table AGGREGATE = Table.of("timeline_aggregate", List.of(text("aggregate_type"), text("aggregate_id")),
            text("departement"), text("name"), json("communes"), longs("last_sequence"));

    static final Table PARTNER = Table.of("timeline_partner", List.of(text("contract_id"), text("partner_id")),
            text("name"), text("category"), text("commune_code"));

    static final Table ACTION = Table.of("timeline_action", List.of(text("contract_id"), text("action_id")),
            text("title"), text("theme"), json("indicators"));

    static final List<Table> ALL = List.of(ENTRY, AGGREGATE, PARTNER, ACTION);

    private TimelineTables() {
    }
}
