package fr.interieur.cls.query.report;

import fr.interieur.cls.events.DomainEvent;
import fr.interieur.cls.events.contract.ActionAdded;
import fr.interieur.cls.events.contract.ActionProgressRecorded;
import fr.interieur.cls.events.contract.AssessmentRecorded;
import fr.interieur.cls.events.contract.CommitteeMeetingHeld;
import fr.interieur.cls.events.contract.CommunicationCarriedOut;
import fr.interieur.cls.events.contract.ContractDrafted;
import fr.interieur.cls.events.contract.ContractEnded;
import fr.interieur.cls.events.contract.ContractSigned;
import fr.interieur.cls.events.contract.DiagnosticAdopted;
import fr.interieur.cls.events.contract.FollowUpTransferred;
import fr.interieur.cls.events.contract.PartnerJoined;
import fr.interieur.cls.events.contract.ReviewMeetingHeld;
import fr.interieur.cls.events.district.DistrictRegistered;
import fr.interieur.cls.events.district.ProximityPolicingDeployed;
import fr.interieur.cls.events.district.SectorDefined;
import fr.interieur.cls.events.types.ActionId;
import fr.interieur.cls.events.types.ActionStatus;
import fr.interieur.cls.events.types.ActionTheme;
import fr.interieur.cls.events.types.Budget;
import fr.interieur.cls.events.types.Chair;
import fr.interieur.cls.events.types.ChairOffice;
import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.ContractScope;
import fr.interieur.cls.events.types.Delinquency;
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
import fr.interieur.cls.events.types.SectorId;
import fr.interieur.cls.events.types.Signature;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A département over the year 2000, as the report tests tell it (every id ends with the test's suffix):
 * <ul>
 *   <li><b>Bastia</b> ({@link #bastia}), signed on 1 March 1999 (a title with a {@code <script>} in it): a
 *   district with community policing since 1 June 2000; diagnostic versions of 20/11/1998, 10/02/2000 and
 *   01/03/2001; actions: night mediators in progress since 1999 and completed on 15/06/2000 (410 interventions
 *   for a target of 400), CCTV completed in 1999, drug prevention in progress since 01/02/2000 (310 pupils on
 *   30/09/2000, 590 on 31/03/2001; baseline 120, target 600), a justice house abandoned on 20/10/2000, work
 *   sites planned from 01/09/2000, bus mediators planned from 2001; committees on 10/09/1999, 15/03/2000
 *   (préfet) and 05/10/2000 (sous-préfète); review meetings on 01/12/1999, 20/05/2000 and 18/11/2000; a press
 *   campaign on 04/04/2000; assessments of 1999 and 2000, the latter corrected; follow-up transferred to a
 *   CLSPD on 01/03/2002;</li>
 *   <li><b>Corte</b>, signed on 10 April 2000 with the three mandatory signatories only; a diagnostic of
 *   15/01/2000; one action in progress since 02/05/2000, not declined by sector, never measured; no committee,
 *   no assessment;</li>
 *   <li><b>transports</b>, signed on 01/02/1998, a committee on 01/02/2000, ended (denounced) on 30/06/2000;</li>
 *   <li>out of the 2000 report: one in preparation, one ended on 31/12/1999, one signed in 2001, and one of
 *   another département.</li>
 * </ul>
 */
final class ReportEvents {

    static final String HOSTILE_TITLE = "Contrat local de sécurité de Bastia <script>alert('x')</script> & Cie";

    final String departement;
    final String other;
    final String suffix;
    final ContractId bastia;
    final ContractId corte;
    final ContractId transports;
    final ContractId preparing;
    final ContractId endedBefore;
    final ContractId signedLater;
    final ContractId elsewhere;
    final DistrictId district;
    final SectorId sector;

    ReportEvents(String departement, String other, String suffix) {
        this.departement = departement;
        this.other = other;
        this.suffix = suffix;
        this.bastia = ContractId.of("CLS-" + departement + "-BASTIA-" + suffix);
        this.corte = ContractId.of("CLS-" + departement + "-CORTE-" + suffix);
        this.transports = ContractId.of("CLS-" + departement + "-BUS-" + suffix);
        this.preparing = ContractId.of("CLS-" + departement + "-PREP-" + suffix);
        this.endedBefore = ContractId.of("CLS-" + departement + "-OLD-" + suffix);
        this.signedLater = ContractId.of("CLS-" + departement + "-LATER-" + suffix);
        this.elsewhere = ContractId.of("CLS-" + other + "-ELSEWHERE-" + suffix);
        this.district = DistrictId.of("CSP-" + departement + "-" + suffix);
        this.sector = SectorId.of("SEC-" + suffix);
    }

    /** Every event, in an order the store accepts (per contract, in the order things happened). */
    List<DomainEvent> all() {
        List<DomainEvent> events = new ArrayList<>(territory());
        events.addAll(bastiaLife());
        events.addAll(bastiaAssessments());
        events.addAll(corteLife());
        events.addAll(transportsLife());
        events.addAll(excluded());
        return events;
    }

    List<DomainEvent> territory() {
        return List.of(new DistrictRegistered(district, "CSP de Bastia", DepartementCode.of(departement), 40000,
                                              List.of(new Commune(InseeCode.of("2B033"), "Bastia", 40000))),
                       new SectorDefined(district, sector, "Bastia centre", List.of("Centre"), 40000),
                       new ProximityPolicingDeployed(district, ProximityWave.WAVE_1, LocalDate.of(2000, 6, 1)));
    }

    List<DomainEvent> bastiaLife() {
        ContractId id = bastia;
        List<DomainEvent> events = new ArrayList<>();
        events.add(new ContractDrafted(id, HOSTILE_TITLE, DepartementCode.of(departement), ContractScope.COMMUNE,
                                       List.of(new Commune(InseeCode.of("2B033"), "Bastia", 40000)),
                                       List.of(district), List.of(sector), 40000, null));
        events.addAll(signatories(id));
        events.add(new PartnerJoined(id, PartnerId.of("ASSO"), "Association Corse Médiation",
                                     PartnerCategory.ASSOCIATION, null));
        events.add(new PartnerJoined(id, PartnerId.of("HLM"), "Office HLM de Haute-Corse",
                                     PartnerCategory.BAILLEUR_SOCIAL, null));
        events.add(diagnostic(id, 1, LocalDate.of(1998, 11, 20)));
        events.add(action(id, "A1", "Correspondants de nuit", ActionTheme.MEDIATION, "1999-01-01", "2001-12-31",
                          "I1", "Interventions", "interventions", "0", "400", true));
        events.add(action(id, "A2", "Vidéoprotection du port", ActionTheme.PREVENTION_SITUATIONNELLE, "1999-01-01",
                          "1999-12-31", "I2", "Caméras posées", "caméras", "0", "12", true));
        events.add(action(id, "A3", "Prévention des toxicomanies au collège", ActionTheme.TOXICOMANIES,
                          "2000-01-15", "2001-06-30", "I3", "Élèves sensibilisés", "élèves", "120", "600", true));
        events.add(action(id, "A4", "Maison de la justice et du droit", ActionTheme.AIDE_AUX_VICTIMES, "2000-01-01",
                          "2000-12-31", "I4", "Permanences tenues", "permanences", "0", "50", true));
        events.add(action(id, "A5", "Médiateurs dans les bus", ActionTheme.TRANSPORTS, "2001-01-01", "2001-12-31",
                          "I5", "Médiateurs", "médiateurs", "0", "6", true));
        events.add(action(id, "A6", "Chantiers d'insertion", ActionTheme.REINSERTION, "2000-09-01", "2001-08-31",
                          "I6", "Jeunes accueillis", "jeunes", "0", "20", true));
        events.add(new ContractSigned(id, LocalDate.of(1999, 3, 1), signatures()));
        events.add(progress(id, "A1", ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, "1999-04-01", "I1", "85"));
        events.add(new CommitteeMeetingHeld(id, MeetingId.of("M1"), LocalDate.of(1999, 9, 10),
                                            new Chair("M. Jean Durand", ChairOffice.PREFET), List.of(), List.of(),
                                            List.of(), null));
        events.add(progress(id, "A2", ActionStatus.PLANNED, ActionStatus.COMPLETED, "1999-11-30", "I2", "12"));
        events.add(new ReviewMeetingHeld(id, LocalDate.of(1999, 12, 1), List.of("DDSP"), "Bilan 1999"));
        events.add(progress(id, "A3", ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, "2000-02-01", null, null));
        events.add(diagnostic(id, 2, LocalDate.of(2000, 2, 10)));
        events.add(new CommitteeMeetingHeld(id, MeetingId.of("M2"), LocalDate.of(2000, 3, 15),
                                            new Chair("M. Jean Durand", ChairOffice.PREFET), List.of(), List.of(),
                                            List.of("Étendre les correspondants de nuit"), null));
        events.add(new CommunicationCarriedOut(id, LocalDate.of(2000, 4, 4), "presse locale", "habitants",
                                               "Présentation du contrat dans Corse-Matin"));
        events.add(new ReviewMeetingHeld(id, LocalDate.of(2000, 5, 20), List.of("DDSP", "Parquet"),
                                         "Bilan de printemps"));
        events.add(progress(id, "A1", ActionStatus.IN_PROGRESS, ActionStatus.COMPLETED, "2000-06-15", "I1", "410"));
        events.add(progress(id, "A3", ActionStatus.IN_PROGRESS, ActionStatus.IN_PROGRESS, "2000-09-30", "I3", "310"));
        events.add(new CommitteeMeetingHeld(id, MeetingId.of("M3"), LocalDate.of(2000, 10, 5),
                                            new Chair("Mme Claire Martin", ChairOffice.SOUS_PREFET), List.of(),
                                            List.of(), List.of(), null));
        events.add(progress(id, "A4", ActionStatus.PLANNED, ActionStatus.ABANDONED, "2000-10-20", null, null));
        events.add(new ReviewMeetingHeld(id, LocalDate.of(2000, 11, 18), List.of("DDSP"), "Bilan d'automne"));
        events.add(diagnostic(id, 3, LocalDate.of(2001, 3, 1)));
        events.add(progress(id, "A3", ActionStatus.IN_PROGRESS, ActionStatus.IN_PROGRESS, "2001-03-31", "I3", "590"));
        events.add(new FollowUpTransferred(id, "CLSPD de Bastia", LocalDate.of(2002, 3, 1)));
        return events;
    }

    /** The assessments of Bastia: 1999, then 2000 and its correction (the one that counts). */
    List<DomainEvent> bastiaAssessments() {
        return List.of(
                new AssessmentRecorded(bastia, 1999, "Mise en place", "Trop tôt pour le dire", "Comité installé",
                                       null, List.of(), false),
                new AssessmentRecorded(bastia, 2000, "Premiers résultats", "Baisse de 12 % des vols",
                                       "Comité réuni", "Stable", List.of("Proposition retirée"), false),
                new AssessmentRecorded(bastia, 2000, "Correspondants de nuit achevés",
                                       "Baisse de 15 % des vols à la roulotte", "Comité réuni deux fois",
                                       "Sentiment d'insécurité en recul",
                                       List.of("Étendre les correspondants de nuit à Lupino",
                                               "=1+1; créer un poste de coordonnateur",
                                               "<script>alert(1)</script>"), true));
    }

    List<DomainEvent> corteLife() {
        ContractId id = corte;
        List<DomainEvent> events = new ArrayList<>();
        events.add(new ContractDrafted(id, "Contrat local de sécurité de Corte", DepartementCode.of(departement),
                                       ContractScope.COMMUNE,
                                       List.of(new Commune(InseeCode.of("2B096"), "Corte", 7000)),
                                       List.of(district), List.of(), 7000, null));
        events.addAll(signatories(id));
        events.add(diagnostic(id, 1, LocalDate.of(2000, 1, 15)));
        events.add(action(id, "B1", "Îlotage du centre-ville", ActionTheme.PREVENTION_SITUATIONNELLE, "2000-05-01",
                          "2001-04-30", "J1", "Patrouilles", "patrouilles", "0", "100", false));
        events.add(new ContractSigned(id, LocalDate.of(2000, 4, 10), signatures()));
        events.add(progress(id, "B1", ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, "2000-05-02", null, null));
        return events;
    }

    List<DomainEvent> transportsLife() {
        ContractId id = transports;
        List<DomainEvent> events = new ArrayList<>();
        events.add(new ContractDrafted(id, "Contrat local de sécurité des transports", DepartementCode.of(departement),
                                       ContractScope.TRANSPORT_NETWORK, List.of(), List.of(), List.of(), 25000, null));
        events.addAll(signatories(id));
        events.add(diagnostic(id, 1, LocalDate.of(1997, 12, 1)));
        events.add(new ContractSigned(id, LocalDate.of(1998, 2, 1), signatures()));
        events.add(new CommitteeMeetingHeld(id, MeetingId.of("T1"), LocalDate.of(2000, 2, 1),
                                            new Chair("M. Jean Durand", ChairOffice.PREFET), List.of(), List.of(),
                                            List.of(), null));
        events.add(new ContractEnded(id, LocalDate.of(2000, 6, 30), EndReason.DENOUNCED, null));
        return events;
    }

    List<DomainEvent> excluded() {
        List<DomainEvent> events = new ArrayList<>();
        events.add(drafted(preparing, departement, "Contrat en préparation"));
        events.add(drafted(endedBefore, departement, "Ancien contrat"));
        events.add(new ContractSigned(endedBefore, LocalDate.of(1997, 5, 1), signatures()));
        events.add(new ContractEnded(endedBefore, LocalDate.of(1999, 12, 31), EndReason.EXPIRED, null));
        events.add(drafted(signedLater, departement, "Contrat signé en 2001"));
        events.add(new ContractSigned(signedLater, LocalDate.of(2001, 2, 1), signatures()));
        events.add(drafted(elsewhere, other, "Contrat d'un autre département"));
        events.add(new ContractSigned(elsewhere, LocalDate.of(1999, 6, 1), signatures()));
        return events;
    }

    private static ContractDrafted drafted(ContractId id, String departement, String title) {
        return new ContractDrafted(id, title, DepartementCode.of(departement), ContractScope.COMMUNE, List.of(),
                                   List.of(), List.of(), 1000, null);
    }

    private static List<PartnerJoined> signatories(ContractId id) {
        return List.of(new PartnerJoined(id, PartnerId.of("PREFET"), "Préfet de Haute-Corse", PartnerCategory.PREFET,
                                         null),
                       new PartnerJoined(id, PartnerId.of("PROC"), "Procureur de la République",
                                         PartnerCategory.PROCUREUR, null),
                       new PartnerJoined(id, PartnerId.of("MAIRE"), "Maire", PartnerCategory.MAIRE,
                                         InseeCode.of("2B033")));
    }

    private static List<Signature> signatures() {
        return List.of(new Signature(PartnerId.of("PREFET"), "Préfet", null),
                       new Signature(PartnerId.of("PROC"), "Procureur", null),
                       new Signature(PartnerId.of("MAIRE"), "Maire", null));
    }

    private static DiagnosticAdopted diagnostic(ContractId id, int version, LocalDate adoptedOn) {
        return new DiagnosticAdopted(id, version, adoptedOn, new Delinquency("Vols", List.of()),
                                     new Perception("Inquiétude", List.of()), new Responses("Îlotage"), List.of());
    }

    private ActionAdded action(ContractId id, String actionId, String title, ActionTheme theme, String start,
                               String end, String indicatorId, String indicator, String unit, String baseline,
                               String target, boolean declined) {
        return new ActionAdded(id, ActionId.of(actionId), title, theme, null, PartnerId.of("PREFET"), List.of(),
                               declined ? List.of(sector) : List.of(), LocalDate.parse(start), LocalDate.parse(end),
                               new Budget(new BigDecimal("10000"), "FRF", List.of()),
                               List.of(new Indicator(IndicatorId.of(indicatorId), indicator, unit,
                                                     new BigDecimal(baseline), new BigDecimal(target), null)));
    }

    private static ActionProgressRecorded progress(ContractId id, String actionId, ActionStatus from, ActionStatus to,
                                                   String on, String indicatorId, String value) {
        List<Measurement> measurements = indicatorId == null ? List.of()
                : List.of(new Measurement(IndicatorId.of(indicatorId), new BigDecimal(value), LocalDate.parse(on)));
        return new ActionProgressRecorded(id, ActionId.of(actionId), from, to, measurements, null,
                                          LocalDate.parse(on));
    }
}
