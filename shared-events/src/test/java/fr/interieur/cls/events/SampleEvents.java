package fr.interieur.cls.events;

import fr.interieur.cls.events.contract.ActionAdded;
import fr.interieur.cls.events.contract.ActionProgressRecorded;
import fr.interieur.cls.events.contract.AssessmentRecorded;
import fr.interieur.cls.events.contract.ChairDelegated;
import fr.interieur.cls.events.contract.CommitteeMeetingHeld;
import fr.interieur.cls.events.contract.CommunicationCarriedOut;
import fr.interieur.cls.events.contract.ContractAmended;
import fr.interieur.cls.events.contract.ContractDrafted;
import fr.interieur.cls.events.contract.ContractEnded;
import fr.interieur.cls.events.contract.ContractSigned;
import fr.interieur.cls.events.contract.DiagnosticAdopted;
import fr.interieur.cls.events.contract.FollowUpTransferred;
import fr.interieur.cls.events.contract.PartnerJoined;
import fr.interieur.cls.events.contract.PartnerLeft;
import fr.interieur.cls.events.contract.ReviewMeetingHeld;
import fr.interieur.cls.events.district.DistrictRegistered;
import fr.interieur.cls.events.district.ProximityPolicingDeployed;
import fr.interieur.cls.events.district.SectorDefined;
import fr.interieur.cls.events.types.ActionId;
import fr.interieur.cls.events.types.ActionStatus;
import fr.interieur.cls.events.types.ActionTheme;
import fr.interieur.cls.events.types.AmendmentId;
import fr.interieur.cls.events.types.Attendee;
import fr.interieur.cls.events.types.Budget;
import fr.interieur.cls.events.types.Chair;
import fr.interieur.cls.events.types.ChairOffice;
import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.ContractScope;
import fr.interieur.cls.events.types.Delinquency;
import fr.interieur.cls.events.types.DelinquencyFigure;
import fr.interieur.cls.events.types.DepartementCode;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.EndReason;
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
import fr.interieur.cls.events.types.SectorFinding;
import fr.interieur.cls.events.types.SectorId;
import fr.interieur.cls.events.types.Signature;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One realistic, fully populated instance per event type: an intercommunal contract of the Lyon agglomeration
 * (Rhône) signed in 1999, and the police district of Lyon. Every optional field is set and every list holds
 * something, so the golden files pin the JSON of every field.
 */
final class SampleEvents {

    static final DepartementCode RHONE = DepartementCode.of("69");
    static final ContractId CONTRACT = ContractId.of("CLS-69-AGGLO-EST-1999");
    static final ContractId SUCCESSOR = ContractId.of("CLS-69-AGGLO-EST-2003");
    static final DistrictId LYON_CSP = DistrictId.of("CSP-69-LYON");
    static final DistrictId VENISSIEUX_CSP = DistrictId.of("CSP-69-VENISSIEUX");
    static final DistrictId VAULX_CSP = DistrictId.of("CSP-69-VAULX-EN-VELIN");

    static final Commune LYON = new Commune(InseeCode.of("69123"), "Lyon", 445_452);
    static final Commune VENISSIEUX = new Commune(InseeCode.of("69259"), "Vénissieux", 56_487);
    static final Commune VAULX_EN_VELIN = new Commune(InseeCode.of("69256"), "Vaulx-en-Velin", 39_154);
    static final Commune SAINT_FONS = new Commune(InseeCode.of("69199"), "Saint-Fons", 15_749);

    static final SectorId LYON_8E = SectorId.of("CSP-69-LYON-S08");
    static final SectorId MINGUETTES = SectorId.of("CSP-69-VENISSIEUX-S01");
    static final SectorId MAS_DU_TAUREAU = SectorId.of("CSP-69-VAULX-EN-VELIN-S02");

    static final PartnerId PREFET = PartnerId.of("prefet-69");
    static final PartnerId PROCUREUR = PartnerId.of("procureur-lyon");
    static final PartnerId MAIRE_VENISSIEUX = PartnerId.of("maire-69259");
    static final PartnerId BAILLEUR = PartnerId.of("opac-du-rhone");
    static final PartnerId TCL = PartnerId.of("tcl-reseau-lyonnais");

    static final ActionId ACTION = ActionId.of("FA-03-mediation-minguettes");
    static final IndicatorId INCIVILITES = IndicatorId.of("IND-incivilites-parties-communes");
    static final IndicatorId MEDIATIONS = IndicatorId.of("IND-mediations-reussies");

    private static final List<DomainEvent> ALL = List.of(
            new ContractDrafted(CONTRACT, "Contrat local de sécurité de l'Est lyonnais", RHONE,
                    ContractScope.INTERCOMMUNAL, List.of(LYON, VENISSIEUX, SAINT_FONS),
                    List.of(LYON_CSP, VENISSIEUX_CSP), List.of(LYON_8E, MINGUETTES), 517_688,
                    ContractId.of("CLS-69-VENISSIEUX-1997")),
            new PartnerJoined(CONTRACT, MAIRE_VENISSIEUX, "M. le maire de Vénissieux", PartnerCategory.MAIRE,
                    VENISSIEUX.code()),
            new PartnerLeft(CONTRACT, TCL),
            new DiagnosticAdopted(CONTRACT, 2, LocalDate.of(1998, 11, 20),
                    new Delinquency("Hausse des violences urbaines et des dégradations dans les grands ensembles",
                            List.of(new DelinquencyFigure("107", "Total des faits constatés (index 107)", "1997",
                                            new BigDecimal("48210"), "état 4001, DDSP du Rhône"),
                                    new DelinquencyFigure("27", "Vols avec violence, taux pour 1000 habitants",
                                            "1997", new BigDecimal("3.70"), "état 4001, DDSP du Rhône"))),
                    new Perception("Sentiment d'insécurité fort le soir autour des centres commerciaux",
                            List.of("Enquête de victimation auprès de 1 200 habitants, octobre 1998",
                                    "Entretiens avec les gardiens d'immeubles de l'OPAC du Rhône")),
                    new Responses("Réponses pénales lentes pour les mineurs ; éclairage public insuffisant"),
                    List.of(new SectorFinding(MINGUETTES, "Dégradations des halls et rodéos de deux-roues"),
                            new SectorFinding(LYON_8E, "Trafic de stupéfiants aux abords du métro"))),
            new ActionAdded(CONTRACT, ACTION, "Médiateurs de nuit aux Minguettes", ActionTheme.MEDIATION,
                    "Réduire de 20 % les incivilités dans les parties communes", MAIRE_VENISSIEUX,
                    List.of(BAILLEUR, PREFET), List.of(MINGUETTES), LocalDate.of(1999, 2, 1),
                    LocalDate.of(2001, 12, 31),
                    // 152 449,02 EUR is 1 000 000 F at the fixed rate of 6,55957
                    new Budget(new BigDecimal("152449.02"), "EUR",
                            List.of("Politique de la ville (FIV)", "Commune de Vénissieux", "OPAC du Rhône")),
                    List.of(new Indicator(INCIVILITES, "Incivilités signalées dans les parties communes",
                                    "signalements par mois", new BigDecimal("18.40"), new BigDecimal("14.5"),
                                    "main courante du bailleur"),
                            new Indicator(MEDIATIONS, "Médiations réussies", "médiations par trimestre",
                                    new BigDecimal("0"), new BigDecimal("45"), "rapport des médiateurs"))),
            new ActionProgressRecorded(CONTRACT, ACTION, ActionStatus.PLANNED, ActionStatus.IN_PROGRESS,
                    List.of(new Measurement(INCIVILITES, new BigDecimal("15.75"), LocalDate.of(1999, 9, 30)),
                            new Measurement(MEDIATIONS, new BigDecimal("31"), LocalDate.of(1999, 9, 30))),
                    "Six médiateurs recrutés en emplois-jeunes", LocalDate.of(1999, 10, 4)),
            new ContractSigned(CONTRACT, LocalDate.of(1999, 1, 10),
                    List.of(new Signature(PREFET, "le préfet du Rhône", "l'État"),
                            new Signature(PROCUREUR, "le procureur de la République près le TGI de Lyon",
                                    "le parquet de Lyon"),
                            new Signature(MAIRE_VENISSIEUX, "le premier adjoint au maire",
                                    "la commune de Vénissieux"))),
            new ChairDelegated(CONTRACT, "le sous-préfet chargé de la politique de la ville",
                    LocalDate.of(1999, 3, 1), LocalDate.of(2001, 12, 31)),
            new CommitteeMeetingHeld(CONTRACT, MeetingId.of("COPIL-1999-06"), LocalDate.of(1999, 6, 15),
                    new Chair("le sous-préfet chargé de la politique de la ville", ChairOffice.SOUS_PREFET),
                    List.of(new Attendee(MAIRE_VENISSIEUX, "le maire de Vénissieux", "Commune de Vénissieux"),
                            new Attendee(BAILLEUR, "la directrice de l'agence des Minguettes", "OPAC du Rhône")),
                    List.of(ACTION), List.of("Prolonger les médiateurs de nuit jusqu'à 1 h",
                            "Décliner la fiche-action par secteur de police de proximité"),
                    LocalDate.of(1999, 12, 9)),
            new CommunicationCarriedOut(CONTRACT, LocalDate.of(1999, 4, 12), "réunion publique",
                    "habitants du plateau des Minguettes",
                    "Présentation du contrat et des médiateurs de nuit, 150 participants"),
            new ReviewMeetingHeld(CONTRACT, LocalDate.of(2000, 2, 3),
                    List.of("directeur départemental de la sécurité publique", "commandant du groupement de gendarmerie",
                            "inspecteur d'académie", "médiateurs de nuit"),
                    "Bilan de la première année ; besoin d'un éclairage renforcé rue Gaston-Monmousseau"),
            new ContractAmended(CONTRACT, AmendmentId.of("AV-2000-01"), LocalDate.of(2000, 11, 6),
                    "Extension à Vaulx-en-Velin après le déploiement de la police de proximité",
                    List.of(VAULX_EN_VELIN), List.of(SAINT_FONS.code()), List.of(VAULX_CSP), List.of(MAS_DU_TAUREAU),
                    List.of(LYON_8E), 541_093L),
            new AssessmentRecorded(CONTRACT, 2000, "Baisse de 12 % des incivilités signalées aux Minguettes",
                    "Violences urbaines en recul, vols avec violence stables",
                    "Comité de pilotage réuni deux fois ; tableaux de bord trimestriels",
                    "Sentiment d'insécurité en baisse selon la seconde enquête",
                    List.of("Créer un poste de coordonnateur du contrat", "Associer la TCL au plan d'action"),
                    true),
            new FollowUpTransferred(CONTRACT, "CLSPD de Vénissieux", LocalDate.of(2002, 11, 5)),
            new ContractEnded(CONTRACT, LocalDate.of(2002, 12, 31), EndReason.SUPERSEDED, SUCCESSOR),
            new DistrictRegistered(LYON_CSP, "Circonscription de sécurité publique de Lyon", RHONE, 445_452,
                    List.of(LYON)),
            new SectorDefined(LYON_CSP, LYON_8E, "Lyon 8e – États-Unis, Mermoz",
                    List.of("États-Unis", "Mermoz", "Langlet-Santy"), 24_150),
            new ProximityPolicingDeployed(LYON_CSP, ProximityWave.WAVE_1, LocalDate.of(2000, 6, 1)));

    private static final Map<Class<?>, DomainEvent> BY_TYPE = new LinkedHashMap<>();

    static {
        for (DomainEvent event : ALL) {
            if (BY_TYPE.put(event.getClass(), event) != null) {
                throw new IllegalStateException("two samples of " + event.getClass().getSimpleName());
            }
        }
    }

    private SampleEvents() {
    }

    static List<DomainEvent> all() {
        return ALL;
    }

    static Optional<DomainEvent> of(Class<?> type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }
}
