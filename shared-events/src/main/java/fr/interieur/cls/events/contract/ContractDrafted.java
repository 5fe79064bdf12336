package fr.interieur.cls.events.contract;

import fr.interieur.cls.events.EventType;
import fr.interieur.cls.events.types.Checks;
import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.ContractScope;
import fr.interieur.cls.events.types.DepartementCode;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.SectorId;

import java.util.List;

/**
 * A contract is being prepared for a territory of a département: its communes, the police districts and sectors
 * it covers and the population covered. {@code supersedes} names the contract it is meant to replace, if any.
 */
@EventType(name = "ContractDrafted")
public record ContractDrafted(ContractId contractId, String title, DepartementCode departement, ContractScope scope,
                              List<Commune> communes, List<DistrictId> districtIds, List<SectorId> sectorIds,
                              long populationCovered, ContractId supersedes) implements ContractEvent {

    public ContractDrafted {
        Checks.present(contractId, "contractId");
        title = Checks.text(title, "title");
        Checks.present(departement, "departement");
        Checks.present(scope, "scope");
        communes = Checks.distinctBy(communes, Commune::code, "communes");
        districtIds = Checks.distinct(districtIds, "districtIds");
        sectorIds = Checks.distinct(sectorIds, "sectorIds");
        Checks.nonNegative(populationCovered, "populationCovered");
    }
}
