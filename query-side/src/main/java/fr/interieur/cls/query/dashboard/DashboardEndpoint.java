package fr.interieur.cls.query.dashboard;

import fr.interieur.cls.query.contract.ContractsProjection;
import fr.interieur.cls.query.infrastructure.security.ReadAccess;
import fr.interieur.cls.query.infrastructure.web.Parameters;
import fr.interieur.cls.query.infrastructure.web.ReadConsistency;
import fr.interieur.cls.query.territory.TerritoryProjection;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DashboardEndpoint {

    private final DashboardReads reads;
    private final ReadAccess access;
    private final ReadConsistency consistency;

    DashboardEndpoint(DashboardReads reads, ReadAccess access, ReadConsistency consistency) {
        this.reads = reads;
        this.access = access;
        this.consistency = consistency;
    }

    @GetMapping("/api/v1/dashboard/national")
    Dashboard national(@RequestParam(required = false) Long minPosition) {
        // QuerySecurity already keeps préfectures out; this says so again next to the data
        access.requireNational("the national dashboard");
        consistency.await(minPosition, ContractsProjection.NAME, TerritoryProjection.NAME);
        return reads.national();
    }

    @GetMapping("/api/v1/dashboard/departements/{code}")
    Dashboard departement(@PathVariable String code, @RequestParam(required = false) Long minPosition) {
        Parameters.requireDepartement(code);
        access.requireDepartement(code);
        consistency.await(minPosition, ContractsProjection.NAME, TerritoryProjection.NAME);
        return reads.departement(code);
    }
}
