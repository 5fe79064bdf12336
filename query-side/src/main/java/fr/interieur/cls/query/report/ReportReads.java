package fr.interieur.cls.query.report;

import fr.interieur.cls.query.contract.ContractReads;
import fr.interieur.cls.query.contract.ContractsProjection;
import fr.interieur.cls.query.infrastructure.projection.ProjectionJson;
import fr.interieur.cls.query.infrastructure.projection.ProjectionManager;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Year-end reports from the contracts projection's active slot. No projection of their own: a report is asked
 * for a few times a year per département, over a few dozen contracts whose documents already hold every dated
 * fact it needs, so folding them when asked costs less than keeping yearly tables in step with every event.
 */
@Component
class ReportReads {

    private final NamedParameterJdbcTemplate jdbc;
    private final ProjectionManager projections;
    private final ProjectionJson json;
    private final ContractReads contracts;
    private final ReportBuilder builder;

    ReportReads(NamedParameterJdbcTemplate jdbc, ProjectionManager projections, ProjectionJson json,
                ContractReads contracts) {
        this.jdbc = jdbc;
        this.projections = projections;
        this.json = json;
        this.contracts = contracts;
        this.builder = new ReportBuilder(contracts.flags());
    }

    /** Today where the users are (the configured zone), from the injected clock. */
    LocalDate today() {
        return contracts.today();
    }

    YearReport report(String departement, int year, LocalDate today) {
        String schema = projections.activeSlot(ContractsProjection.NAME).schema();
        return builder.build(departement, year, today,
                             ReportBuilder.Sources.read(jdbc, json.mapper(), schema, departement));
    }
}
