package fr.interieur.cls.query.territory;

import fr.interieur.cls.query.infrastructure.projection.Table;

import java.util.List;

import static fr.interieur.cls.query.infrastructure.projection.Column.date;
import static fr.interieur.cls.query.infrastructure.projection.Column.json;
import static fr.interieur.cls.query.infrastructure.projection.Column.longs;
import static fr.interieur.cls.query.infrastructure.projection.Column.text;

/**
 * The territory projection's tables (db/projection/V2__territory.sql). District and sector rows are written by
 * district events, the others by contract events; child rows (a contract's districts and sectors, an action's
 * sectors) exist so that reads join them, and their parent lists them so that a handler knows what to delete.
 */
final class TerritoryTables {

    static final Table DISTRICT = Table.of("territory_district", List.of(text("district_id")),
            text("departement"), text("name"), longs("population"), text("proximity_wave"),
            date("proximity_started_on"), longs("last_sequence"));

    static final Table SECTOR = Table.of("territory_sector", List.of(text("sector_id")),
            text("district_id"), text("name"), json("quartiers"), longs("population"));

    static final Table CONTRACT = Table.of("territory_contract", List.of(text("contract_id")),
            text("departement"), text("title"), text("status"), text("district_ids"), text("sector_ids"),
            longs("last_sequence"));

    static final Table CONTRACT_DISTRICT = Table.of("territory_contract_district",
            List.of(text("contract_id"), text("district_id")));

    static final Table CONTRACT_SECTOR = Table.of("territory_contract_sector",
            List.of(text("contract_id"), text("sector_id")));

    static final Table ACTION = Table.of("territory_action", List.of(text("contract_id"), text("action_id")),
            text("theme"), text("status"), text("sector_ids"));

    static final Table ACTION_SECTOR = Table.of("territory_action_sector",
            List.of(text("contract_id"), text("action_id"), text("sector_id")));

    static final List<Table> ALL = List.of(DISTRICT, SECTOR, CONTRACT, CONTRACT_DISTRICT, CONTRACT_SECTOR, ACTION,
                                           ACTION_SECTOR);

    private TerritoryTables() {
    }
}
