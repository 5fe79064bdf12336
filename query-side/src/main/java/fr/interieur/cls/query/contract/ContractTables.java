package fr.interieur.cls.query.contract;

import fr.interieur.cls.query.infrastructure.projection.Column;
import fr.interieur.cls.query.infrastructure.projection.Table;

import java.util.List;

import static fr.interieur.cls.query.infrastructure.projection.Column.date;
import static fr.interieur.cls.query.infrastructure.projection.Column.ints;
import static fr.interieur.cls.query.infrastructure.projection.Column.json;
import static fr.interieur.cls.query.infrastructure.projection.Column.longs;
import static fr.interieur.cls.query.infrastructure.projection.Column.text;

/**
 * The contracts projection's tables (db/projection). A contract row holds its document, its summary and the
 * facts the flags and dashboards need as plain columns, so that lists and counts never parse documents.
 */
final class ContractTables {

    static final Table CONTRACT = Table.of("contracts_contract", List.of(text("contract_id")),
            text("departement"), text("status"), text("title"), text("scope"), date("signed_on"), date("ended_on"),
            longs("population_covered"), date("last_diagnostic_on"), date("last_committee_on"),
            text("assessed_years"), text("partner_categories"), text("district_ids"),
            ints("live_actions_without_sector"), date("oldest_activity_on"), longs("last_sequence"),
            longs("last_position"), json("summary"), json("document"));

    static final Table ACTION = Table.of("contracts_action", List.of(text("contract_id"), text("action_id")),
            text("departement"), text("theme"), text("status"));

    /** What the flags need to know of police districts: when community policing started there. */
    static final Table DISTRICT = Table.of("contracts_district", List.of(text("district_id")),
            text("departement"), text("name"), text("proximity_wave"), date("proximity_started_on"),
            longs("last_sequence"));

    static final List<Table> ALL = List.of(CONTRACT, ACTION, DISTRICT);

    private ContractTables() {
    }

}
