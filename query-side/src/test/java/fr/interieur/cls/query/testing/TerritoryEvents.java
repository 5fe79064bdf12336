package fr.interieur.cls.query.testing;

import fr.interieur.cls.events.contract.ActionAdded;
import fr.interieur.cls.events.contract.ActionProgressRecorded;
import fr.interieur.cls.events.contract.ContractAmended;
import fr.interieur.cls.events.contract.ContractDrafted;
import fr.interieur.cls.events.contract.ContractEnded;
import fr.interieur.cls.events.contract.ContractSigned;
import fr.interieur.cls.events.district.DistrictRegistered;
import fr.interieur.cls.events.district.ProximityPolicingDeployed;
import fr.interieur.cls.events.district.SectorDefined;
import fr.interieur.cls.events.types.ActionId;
import fr.interieur.cls.events.types.ActionStatus;
import fr.interieur.cls.events.types.ActionTheme;
import fr.interieur.cls.events.types.AmendmentId;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.ContractScope;
import fr.interieur.cls.events.types.DepartementCode;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.EndReason;
import fr.interieur.cls.events.types.Indicator;
import fr.interieur.cls.events.types.IndicatorId;
import fr.interieur.cls.events.types.PartnerId;
import fr.interieur.cls.events.types.ProximityWave;
import fr.interieur.cls.events.types.SectorId;
import fr.interieur.cls.events.types.Signature;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Short factories of the district and contract events territory and dashboard tests are written with. */
public final class TerritoryEvents {

    private TerritoryEvents() {
    }

    public static DistrictRegistered district(String districtId, String departement, long population) {
        return new DistrictRegistered(DistrictId.of(districtId), "Circonscription " + districtId,
                                      DepartementCode.of(departement), population, List.of());
    }

    public static SectorDefined sector(String districtId, String sectorId, long population) {
        return new SectorDefined(DistrictId.of(districtId), SectorId.of(sectorId), "Secteur " + sectorId,
                                 List.of("Quartier " + sectorId), population);
    }

    public static ProximityPolicingDeployed proximity(String districtId, ProximityWave wave, String startedOn) {
        return new ProximityPolicingDeployed(DistrictId.of(districtId), wave, LocalDate.parse(startedOn));
    }

    public static ContractDrafted drafted(String contractId, String departement, long populationCovered,
                                          List<String> districtIds, List<String> sectorIds) {
        return new ContractDrafted(ContractId.of(contractId), "Contrat " + contractId, DepartementCode.of(departement),
                                   ContractScope.COMMUNE, List.of(),
                                   districtIds.stream().map(DistrictId::of).toList(),
                                   sectorIds.stream().map(SectorId::of).toList(), populationCovered, null);
    }

    public static ContractAmended amended(String contractId, String amendmentId, List<String> addDistrictIds,
                                          List<String> addSectorIds, List<String> removeSectorIds) {
        return new ContractAmended(ContractId.of(contractId), AmendmentId.of(amendmentId), LocalDate.of(2000, 9, 1),
                                   "Avenant " + amendmentId, List.of(), List.of(),
                                   addDistrictIds.stream().map(DistrictId::of).toList(),
                                   addSectorIds.stream().map(SectorId::of).toList(),
                                   removeSectorIds.stream().map(SectorId::of).toList(), null);
    }

    public static ContractSigned signed(String contractId, String signedOn) {
        return new ContractSigned(ContractId.of(contractId), LocalDate.parse(signedOn),
                                  List.of(new Signature(PartnerId.of("PREFET"), "Le préfet", null)));
    }

    public static ContractEnded ended(String contractId, String endedOn) {
        return new ContractEnded(ContractId.of(contractId), LocalDate.parse(endedOn), EndReason.EXPIRED, null);
    }

    public static ActionAdded action(String contractId, String actionId, ActionTheme theme, String... sectorIds) {
        return new ActionAdded(ContractId.of(contractId), ActionId.of(actionId), "Action " + actionId, theme, null,
                               PartnerId.of("PREFET"), List.of(), List.of(sectorIds).stream().map(SectorId::of).toList(),
                               LocalDate.of(2000, 1, 1), LocalDate.of(2001, 12, 31), null,
                               List.of(new Indicator(IndicatorId.of("I1"), "Faits constatés", "faits",
                                                     BigDecimal.TEN, BigDecimal.ONE, "état 4001")));
    }

    public static ActionProgressRecorded progress(String contractId, String actionId, ActionStatus from,
                                                  ActionStatus to) {
        return new ActionProgressRecorded(ContractId.of(contractId), ActionId.of(actionId), from, to, List.of(), null, null);
    }
}
