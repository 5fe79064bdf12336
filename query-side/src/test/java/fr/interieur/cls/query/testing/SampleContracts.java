package fr.interieur.cls.query.testing;

import fr.interieur.cls.events.DomainEvent;
import fr.interieur.cls.events.contract.ActionAdded;
import fr.interieur.cls.events.contract.ActionProgressRecorded;
import fr.interieur.cls.events.contract.ContractDrafted;
import fr.interieur.cls.events.contract.ContractSigned;
import fr.interieur.cls.events.contract.DiagnosticAdopted;
import fr.interieur.cls.events.contract.PartnerJoined;
import fr.interieur.cls.events.district.DistrictRegistered;
import fr.interieur.cls.events.district.ProximityPolicingDeployed;
import fr.interieur.cls.events.district.SectorDefined;
import fr.interieur.cls.events.types.ActionId;
import fr.interieur.cls.events.types.ActionStatus;
import fr.interieur.cls.events.types.ActionTheme;
import fr.interieur.cls.events.types.Budget;
import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.ContractScope;
import fr.interieur.cls.events.types.Delinquency;
import fr.interieur.cls.events.types.DepartementCode;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.Indicator;
import fr.interieur.cls.events.types.IndicatorId;
import fr.interieur.cls.events.types.InseeCode;
import fr.interieur.cls.events.types.Measurement;
import fr.interieur.cls.events.types.PartnerCategory;
import fr.interieur.cls.events.types.PartnerId;
import fr.interieur.cls.events.types.Perception;
import fr.interieur.cls.events.types.ProximityWave;
import fr.interieur.cls.events.types.Responses;
import fr.interieur.cls.events.types.SectorId;
import fr.interieur.cls.events.types.Signature;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Realistic histories, for query-side tests: a Lyon district and contracts of the Rhône with some life. */
public final class SampleContracts {

    private SampleContracts() {
    }

    public static List<DomainEvent> district(String districtId, String sectorPrefix) {
        DistrictId id = DistrictId.of(districtId);
        return List.of(
                new DistrictRegistered(id, "CSP de Lyon", DepartementCode.of("69"), 445452,
                                       List.of(new Commune(InseeCode.of("69123"), "Lyon", 445452))),
                new SectorDefined(id, SectorId.of(sectorPrefix + "-1"), "Lyon 9e - La Duchère", List.of("La Duchère"), 11823),
                new SectorDefined(id, SectorId.of(sectorPrefix + "-2"), "Lyon 8e - Mermoz", List.of("Mermoz"), 9410),
                new ProximityPolicingDeployed(id, ProximityWave.WAVE_1, LocalDate.of(2000, 6, 1)));
    }

    /** A signed contract with partners, a diagnostic and an action in progress with a measurement: 10 events. */
    public static List<DomainEvent> signedContract(String contractId, String districtId) {
        ContractId id = ContractId.of(contractId);
        ActionId action = ActionId.of("A1");
        IndicatorId indicator = IndicatorId.of("I1");
        List<DomainEvent> events = new ArrayList<>();
        events.add(new ContractDrafted(id, "Contrat local de sécurité " + contractId, DepartementCode.of("69"),
                                       ContractScope.QUARTIER, List.of(new Commune(InseeCode.of("69123"), "Lyon", 445452)),
                                       List.of(DistrictId.of(districtId)), List.of(), 21233, null));
        events.add(new PartnerJoined(id, PartnerId.of("PREFET"), "Préfet du Rhône", PartnerCategory.PREFET, null));
        events.add(new PartnerJoined(id, PartnerId.of("PROC"), "Procureur de Lyon", PartnerCategory.PROCUREUR, null));
        events.add(new PartnerJoined(id, PartnerId.of("MAIRE"), "Maire de Lyon", PartnerCategory.MAIRE,
                                     InseeCode.of("69123")));
        events.add(new PartnerJoined(id, PartnerId.of("OPAC"), "OPAC du Rhône", PartnerCategory.BAILLEUR_SOCIAL, null));
        events.add(new DiagnosticAdopted(id, 1, LocalDate.of(1998, 11, 20), new Delinquency("Hausse des vols", List.of()),
                                         new Perception("Inquiétude le soir", List.of()), new Responses("Îlotage"),
                                         List.of()));
        events.add(new ActionAdded(id, action, "Correspondants de nuit", ActionTheme.MEDIATION, "Apaiser", PartnerId.of("OPAC"),
                                   List.of(), List.of(), LocalDate.of(1999, 1, 1), LocalDate.of(2001, 12, 31),
                                   new Budget(new BigDecimal("152449.02"), "FRF", List.of("FIV")),
                                   List.of(new Indicator(indicator, "Interventions", "interventions", BigDecimal.ZERO,
                                                         new BigDecimal("400"), "OPAC"))));
        events.add(new ContractSigned(id, LocalDate.of(1999, 1, 15),
                                      List.of(new Signature(PartnerId.of("PREFET"), "Préfet", null),
                                              new Signature(PartnerId.of("PROC"), "Procureur", null),
                                              new Signature(PartnerId.of("MAIRE"), "Maire", null))));
        events.add(new ActionProgressRecorded(id, action, ActionStatus.PLANNED, ActionStatus.IN_PROGRESS,
                                              List.of(new Measurement(indicator, new BigDecimal("85"),
                                                                      LocalDate.of(1999, 6, 30))), "Six recrutés", null));
        events.add(new ActionProgressRecorded(id, action, ActionStatus.IN_PROGRESS, ActionStatus.IN_PROGRESS,
                                              List.of(new Measurement(indicator, new BigDecimal("190.5"),
                                                                      LocalDate.of(1999, 12, 31))), null, null));
        return events;
    }
}
