package fr.interieur.cls.command.contract.amendment;

import fr.interieur.cls.events.types.AmendmentId;
import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.InseeCode;
import fr.interieur.cls.events.types.SectorId;

import java.time.LocalDate;
import java.util.List;

/** Record a signed amendment (avenant), with the changes it brings to the territory. */
public record AmendContract(ContractId contractId, AmendmentId amendmentId, LocalDate signedOn, String summary,
                            List<Commune> addCommunes, List<InseeCode> removeCommunes, List<DistrictId> addDistrictIds,
                            List<SectorId> addSectorIds, List<SectorId> removeSectorIds, Long populationCovered) {
}
