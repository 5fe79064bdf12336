package fr.interieur.cls.query.dashboard;

import fr.interieur.cls.query.contract.ContractReads;
import fr.interieur.cls.query.contract.ContractsProjection;
import fr.interieur.cls.query.infrastructure.projection.ProjectionManager;
import fr.interieur.cls.query.territory.TerritoryReads;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;

/** Dashboards from the active slots of the contracts and territory projections. */
@Component
class DashboardReads {

    private final NamedParameterJdbcTemplate jdbc;
    private final ProjectionManager projections;
    private final TerritoryReads territory;
    private final DashboardFigures figures;

    DashboardReads(NamedParameterJdbcTemplate jdbc, ProjectionManager projections, ContractReads contracts,
                   TerritoryReads territory) {
        this.jdbc = jdbc;
        this.projections = projections;
        this.territory = territory;
        this.figures = new DashboardFigures(contracts.flags());
    }

    Dashboard national() {
        return figures.national(sources(Optional.empty()));
    }

    Dashboard departement(String code) {
        return figures.departement(code, sources(Optional.of(Set.of(code))));
    }

    private DashboardFigures.Sources sources(Optional<Set<String>> departements) {
        return DashboardFigures.Sources.read(jdbc, projections.activeSlot(ContractsProjection.NAME).schema(),
                                             territory.active(), departements, territory.today());
    }
}
