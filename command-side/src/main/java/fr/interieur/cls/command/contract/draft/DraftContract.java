package fr.interieur.cls.command.contract.draft;

import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.ContractScope;
import fr.interieur.cls.events.types.DepartementCode;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.SectorId;

import java.util.List;

/** Start preparing a contract for a territory; it may name the contract it is meant to supersede. */
public record DraftContract(ContractId contractId, String title, DepartementCode departement, ContractScope scope,
                            List<Commune> communes, List<DistrictId> districtIds, List<SectorId> sectorIds,
                            long populationCovered, ContractId supersedes) {
}
