package fr.interieur.cls.query.contract;

import fr.interieur.cls.query.infrastructure.projection.Row;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The columns of a contract row that flags are computed from: no document to parse. */
public record ContractFacts(String id, String departement, String status, LocalDate signedOn,
                            LocalDate lastDiagnosticOn, LocalDate lastCommitteeOn, Set<Integer> assessedYears,
                            Set<String> partnerCategories, List<String> districtIds, int liveActionsWithoutSector,
                            LocalDate oldestActivityOn, long populationCovered) {

    static final String COLUMNS = "contract_id, departement, status, signed_on, last_diagnostic_on, last_committee_on, "
                                  + "assessed_years, partner_categories, district_ids, live_actions_without_sector, "
                                  + "oldest_activity_on, population_covered";

    static ContractFacts of(java.sql.ResultSet row) throws java.sql.SQLException {
        return new ContractFacts(row.getString("contract_id"), row.getString("departement"), row.getString("status"),
                                 date(row, "signed_on"), date(row, "last_diagnostic_on"), date(row, "last_committee_on"),
                                 split(row.getString("assessed_years")).stream().map(Integer::valueOf)
                                                                       .collect(Collectors.toSet()),
                                 Set.copyOf(split(row.getString("partner_categories"))),
                                 split(row.getString("district_ids")), row.getInt("live_actions_without_sector"),
                                 date(row, "oldest_activity_on"), row.getLong("population_covered"));
    }

    static ContractFacts of(Row row) {
        return new ContractFacts(row.text("contract_id"), row.text("departement"), row.text("status"),
                                 row.date("signed_on"), row.date("last_diagnostic_on"), row.date("last_committee_on"),
                                 split(row.text("assessed_years")).stream().map(Integer::valueOf)
                                                                  .collect(Collectors.toSet()),
                                 Set.copyOf(split(row.text("partner_categories"))), split(row.text("district_ids")),
                                 row.intValue("live_actions_without_sector"), row.date("oldest_activity_on"),
                                 row.longValue("population_covered"));
    }

    private static LocalDate date(java.sql.ResultSet row, String column) throws java.sql.SQLException {
        java.sql.Date value = row.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split(","));
    }
}
