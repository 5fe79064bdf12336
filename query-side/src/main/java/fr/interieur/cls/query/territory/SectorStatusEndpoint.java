package fr.interieur.cls.query.territory;

import fr.interieur.cls.query.infrastructure.security.ReadAccess;
import fr.interieur.cls.query.infrastructure.web.NotFound;
import fr.interieur.cls.query.infrastructure.web.Parameters;
import fr.interieur.cls.query.infrastructure.web.ReadConsistency;
import fr.interieur.cls.web.BadRequestParameter;
import fr.interieur.cls.web.security.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;
import java.util.Set;

@RestController
class SectorStatusEndpoint {

    private final TerritoryReads reads;
    private final ReadAccess access;
    private final ReadConsistency consistency;

    SectorStatusEndpoint(TerritoryReads reads, ReadAccess access, ReadConsistency consistency) {
        this.reads = reads;
        this.access = access;
        this.consistency = consistency;
    }

    @GetMapping("/api/v1/districts/{districtId}/sector-status")
    DistrictStatus district(@PathVariable String districtId, @RequestParam(required = false) Long minPosition) {
        consistency.await(minPosition, TerritoryProjection.NAME);
        Territory territory = reads.active();
        String departement = territory.departementOf(districtId).orElseThrow(() -> unknown(districtId));
        access.requireDepartement(departement);
        return territory.district(districtId, reads.today()).orElseThrow(() -> unknown(districtId));
    }

    @GetMapping("/api/v1/sector-status")
    DepartementSectorStatus departement(@RequestParam(required = false) String departement,
                                        @RequestParam(required = false) Long minPosition) {
        String code = departementAsked(departement);
        access.requireDepartement(code);
        consistency.await(minPosition, TerritoryProjection.NAME);
        return new DepartementSectorStatus(code, reads.active().districts(Optional.of(Set.of(code)), reads.today()));
    }

    /**
     * The département given, or, when none is, the préfecture's own if it has exactly one: a national view of
     * every sector would be too big an answer, and with several départements the choice is the user's.
     */
    private String departementAsked(String departement) {
        if (departement != null && !departement.isBlank()) {
            Parameters.requireDepartement(departement.strip());
            return departement.strip();
        }
        Actor actor = access.actor();
        if (!actor.readsEverywhere() && actor.departements().size() == 1) {
            return actor.departements().iterator().next();
        }
        throw new BadRequestParameter("departement", "departement is required");
    }

    private static NotFound unknown(String districtId) {
        return new NotFound("no district \"" + districtId + "\"");
    }
}
