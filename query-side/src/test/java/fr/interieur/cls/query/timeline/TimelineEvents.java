package fr.interieur.cls.query.timeline;

import fr.interieur.cls.events.contract.ActionAdded;
import fr.interieur.cls.events.contract.ActionProgressRecorded;
import fr.interieur.cls.events.contract.CommitteeMeetingHeld;
import fr.interieur.cls.events.contract.ContractDrafted;
import fr.interieur.cls.events.contract.ContractSigned;
import fr.interieur.cls.events.contract.DiagnosticAdopted;
import fr.interieur.cls.events.contract.PartnerJoined;
import fr.interieur.cls.events.district.DistrictRegistered;
import fr.interieur.cls.events.district.ProximityPolicingDeployed;
import fr.interieur.cls.events.types.ActionId;
import fr.interieur.cls.events.types.ActionStatus;
import fr.interieur.cls.events.types.ActionTheme;
import fr.interieur.cls.events.types.Attendee;
import fr.interieur.cls.events.types.Budget;
import fr.interieur.cls.events.types.Chair;
import fr.interieur.cls.events.types.ChairOffice;
import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.ContractScope;
import fr.interieur.cls.events.types.DelinquencyFigure;
import fr.interieur.cls.events.types.Delinquency;
import fr.interieur.cls.events.types.DepartementCode;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.Indicator;
import fr.interieur.cls.events.types.IndicatorId;
import fr.interieur.cls.events.types.InseeCode;
import fr.interieur.cls.events.types.Measurement;
import fr.interieur.cls.events.types.MeetingId;
import fr.interieur.cls.events.types.PartnerCategory;
import fr.interieur.cls.events.types.PartnerId;
import fr.interieur.cls.events.types.Perception;
import fr.interieur.cls.events.types.ProximityWave;
import fr.interieur.cls.events.types.Responses;
import fr.interieur.cls.events.types.SectorId;
import fr.interieur.cls.events.types.Signature;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The Lyon contract of 1998–2000 and its police district, as the timeline tests tell them. */
final class TimelineEvents {

    static final Commune LYON_COMMUNE = new Commune(InseeCode.of("69123"), "Lyon", 445452);
    static final Commune VILLEURBANNE = new Commune(InseeCode.of("69266"), "Villeurbanne", 124215);
    static final PartnerId PREFET = PartnerId.of("PREFET");
    static final PartnerId PROCUREUR = PartnerId.of("PROCUREUR");
    static final PartnerId MAIRE = PartnerId.of("MAIRE-LYON");
    static final PartnerId RECTEUR = PartnerId.of("RECTEUR");
    static final PartnerId RELAIS = PartnerId.of("ASSO-RELAIS");
    static final ActionId NIGHT = ActionId.of("ACT-NUIT");
    static final IndicatorId INTERVENTIONS = IndicatorId.of("IND-INTERVENTIONS");
    static final DistrictId CSP_LYON = DistrictId.of("CSP-69-LYON");

    private TimelineEvents() {
    }

    static ContractDrafted drafted(ContractId contract, String departement) {
        return new ContractDrafted(contract, "Contrat local de sécurité de Lyon", DepartementCode.of(departement),
                                   ContractScope.COMMUNE, List.of(LYON_COMMUNE), List.of(CSP_LYON), List.of(),
                                   445452, null);
    }

    static List<PartnerJoined> signatories(ContractId contract) {
        return List.of(new PartnerJoined(contract, PREFET, "Préfet du Rhône", PartnerCategory.PREFET, null),
                       new PartnerJoined(contract, PROCUREUR, "Procureur de la République", PartnerCategory.PROCUREUR,
                                         null),
                       new PartnerJoined(contract, MAIRE, "Maire de Lyon", PartnerCategory.MAIRE, InseeCode.of("69123")),
                       new PartnerJoined(contract, RECTEUR, "Recteur", PartnerCategory.RECTEUR, null));
    }

    static PartnerJoined relais(ContractId contract) {
        return new PartnerJoined(contract, RELAIS, "Association Le Relais", PartnerCategory.ASSOCIATION, null);
    }

    static DiagnosticAdopted diagnostic(ContractId contract, int version, LocalDate adoptedOn) {
        return new DiagnosticAdopted(contract, version, adoptedOn,
                                     new Delinquency("Hausse des vols avec violence dans les quartiers centraux.",
                                                     List.of(new DelinquencyFigure("état 4001", "vols avec violence",
                                                                                   "1997", new BigDecimal("1240"),
                                                                                   "DDSP du Rhône"))),
                                     new Perception("Sentiment d'insécurité fort le soir.", List.of("Enquête 1998")),
                                     new Responses("Îlotage insuffisant la nuit."), List.of());
    }

    static ActionAdded nightAction(ContractId contract) {
        return new ActionAdded(contract, NIGHT, "Correspondants de nuit", ActionTheme.MEDIATION,
                               "Apaiser les conflits de voisinage la nuit", RELAIS, List.of(MAIRE),
                               List.of(SectorId.of("SECT-LYON-1"), SectorId.of("SECT-LYON-8")), LocalDate.of(1999, 2, 1),
                               LocalDate.of(2000, 12, 31),
                               new Budget(new BigDecimal("150000"), "FRF", List.of("Ville de Lyon", "FIV")),
                               List.of(new Indicator(INTERVENTIONS, "Interventions de nuit", "interventions",
                                                     BigDecimal.ZERO, new BigDecimal("100"), "main courante")));
    }

    static ActionProgressRecorded nightProgress(ContractId contract) {
        return new ActionProgressRecorded(contract, NIGHT, ActionStatus.PLANNED, ActionStatus.IN_PROGRESS,
                                          List.of(new Measurement(INTERVENTIONS, new BigDecimal("85"),
                                                                  LocalDate.of(1999, 6, 30))),
                                          "Recrutement de six correspondants.", null);
    }

    static ContractSigned signed(ContractId contract) {
        return new ContractSigned(contract, LocalDate.of(1999, 1, 15),
                                  List.of(new Signature(PREFET, "Michel Besse", null),
                                          new Signature(PROCUREUR, "Jean Martin", null),
                                          new Signature(MAIRE, "Raymond Barre", null),
                                          new Signature(RECTEUR, "Alain Morvan", "le ministre de l'Éducation nationale")));
    }

    static CommitteeMeetingHeld committee(ContractId contract) {
        return new CommitteeMeetingHeld(contract, MeetingId.of("COPIL-1999-07"), LocalDate.of(1999, 7, 6),
                                        new Chair("Mme Claire Martin", ChairOffice.SOUS_PREFET),
                                        List.of(new Attendee(PREFET, null, null),
                                                new Attendee(null, "Paul Durand", "DDSP")),
                                        List.of(NIGHT), List.of("Étendre les correspondants de nuit au 8e arrondissement"),
                                        null);
    }

    static DistrictRegistered district(String departement) {
        return new DistrictRegistered(CSP_LYON, "CSP de Lyon", DepartementCode.of(departement), 569667,
                                      List.of(LYON_COMMUNE, VILLEURBANNE));
    }

    static ProximityPolicingDeployed proximity() {
        return new ProximityPolicingDeployed(CSP_LYON, ProximityWave.WAVE_1, LocalDate.of(2000, 6, 1));
    }
}
