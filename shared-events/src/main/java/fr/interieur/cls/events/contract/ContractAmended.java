package fr.interieur.cls.events.contract;

import fr.interieur.cls.events.EventType;
import fr.interieur.cls.events.types.AmendmentId;
import fr.interieur.cls.events.types.Checks;
import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.InseeCode;
import fr.interieur.cls.events.types.SectorId;

import java.time.LocalDate;
import java.util.List;

/**
 * An amendment (avenant) was signed. It may change the territory (communes, districts, sectors) and the population
 * covered; changes to partners and to the plan are their own events, the amendment's summary says why.
 */
@EventType(name = "ContractAmended")
public record ContractAmended(ContractId contractId, AmendmentId amendmentId, LocalDate signedOn, String summary,
                              List<Commune> addCommunes, List<InseeCode> removeCommunes,
                              List<DistrictId> addDistrictIds, List<SectorId> addSectorIds,
                              List<SectorId> removeSectorIds, Long populationCovered) implements ContractEvent {

    public ContractAmended {
        Checks.present(contractId, "contractId");
        Checks.present(amendmentId, "amendmentId");
        Checks.present(signedOn, "signedOn");
        summary = Checks.text(summary, "summary");
        addCommunes = Checks.distinctBy(addCommunes, Commune::code, "addCommunes");
        removeCommunes = Checks.distinct(removeCommunes, "removeCommunes");
        addDistrictIds = Checks.distinct(addDistrictIds, "addDistrictIds");
        addSectorIds = Checks.distinct(addSectorIds, "addSectorIds");
        removeSectorIds = Checks.distinct(removeSectorIds, "removeSectorIds");
        if (populationCovered != null) {
            Checks.nonNegative(populationCovered, "populationCovered");
        }
    }
}
