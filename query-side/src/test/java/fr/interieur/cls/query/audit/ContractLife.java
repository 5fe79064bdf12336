package fr.interieur.cls.query.audit;

import fr.interieur.cls.events.contract.ActionAdded;
import fr.interieur.cls.events.contract.ActionProgressRecorded;
import fr.interieur.cls.events.contract.AssessmentRecorded;
import fr.interieur.cls.events.contract.ChairDelegated;
import fr.interieur.cls.events.contract.CommitteeMeetingHeld;
import fr.interieur.cls.events.contract.CommunicationCarriedOut;
import fr.interieur.cls.events.contract.ContractAmended;
import fr.interieur.cls.events.contract.ContractDrafted;
import fr.interieur.cls.events.contract.ContractEnded;
import fr.interieur.cls.events.contract.ContractEvent;
import fr.interieur.cls.events.contract.ContractSigned;
import fr.interieur.cls.events.contract.DiagnosticAdopted;
import fr.interieur.cls.events.contract.FollowUpTransferred;
import fr.interieur.cls.events.contract.PartnerJoined;
import fr.interieur.cls.events.contract.PartnerLeft;
import fr.interieur.cls.events.contract.ReviewMeetingHeld;
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
import fr.interieur.cls.events.types.Responses;
import fr.interieur.cls.events.types.SectorFinding;
import fr.interieur.cls.events.types.SectorId;
import fr.interieur.cls.events.types.Signature;

import fr.interieur.cls.query.testing.EventStoreWriter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Five years of a contract of the Rhône, from its drafting in 1998 to its end in 2003, every event with the instant
 * it was recorded: partners, two diagnostics, three actions that progress, are completed or abandoned, the
 * signature, a delegation, committees, an amendment, an assessment, a partner leaving, the transfer to a CLSPD.
 * The sequence of each step is its index. The second action is recorded at 23:30 UTC, 00:30 the next day in Paris.
 */
final class ContractLife {

    /** One event and when it was recorded. */
    record Step(Instant recordedAt, ContractEvent event) {
    }

    static final PartnerId PREFET = PartnerId.of("PREFET");
    static final PartnerId PROCUREUR = PartnerId.of("PROCUREUR");
    static final PartnerId MAIRE = PartnerId.of("MAIRE-LYON");
    static final PartnerId OPAC = PartnerId.of("OPAC");
    static final PartnerId ASSOCIATION = PartnerId.of("ASSO-RELAIS");
    static final ActionId NIGHT = ActionId.of("A-NUIT");
    static final ActionId SCHOOL = ActionId.of("A-ECOLE");
    static final ActionId VICTIMS = ActionId.of("A-VICTIMES");
    static final IndicatorId INTERVENTIONS = IndicatorId.of("I-INTERVENTIONS");

    /** The sequence of the signature, of the amendment and of the end, for tests that look around them. */
    static final int SIGNED = 8;
    static final int AMENDED = 14;
    static final int ENDED = 24;

    private ContractLife() {
    }

    static List<Step> of(ContractId id) {
        List<Step> steps = new ArrayList<>();
        Commune lyon = new Commune(InseeCode.of("69123"), "Lyon", 445452);
        steps.add(step("1998-09-01T08:00:00Z", new ContractDrafted(id, "Contrat local de sécurité de Lyon 8e",
                DepartementCode.of("69"), ContractScope.QUARTIER, List.of(lyon), List.of(DistrictId.of("CSP-69-LYON")),
                List.of(SectorId.of("S-MERMOZ")), 21233, null)));
        steps.add(step("1998-09-02T08:00:00Z", joined(id, PREFET, "Préfet du Rhône", PartnerCategory.PREFET, null)));
        steps.add(step("1998-09-02T08:01:00Z", joined(id, PROCUREUR, "Procureur de la République de Lyon",
                                                      PartnerCategory.PROCUREUR, null)));
        steps.add(step("1998-09-02T08:02:00Z", joined(id, MAIRE, "Maire de Lyon", PartnerCategory.MAIRE, "69123")));
        steps.add(step("1998-09-03T08:00:00Z", joined(id, OPAC, "OPAC du Rhône", PartnerCategory.BAILLEUR_SOCIAL,
                                                      null)));
        steps.add(step("1998-11-20T15:00:00Z", diagnostic(id, 1, "1998-11-20", "Hausse des vols à la roulotte")));
        steps.add(step("1998-12-01T09:00:00Z", new ActionAdded(id, NIGHT, "Correspondants de nuit",
                ActionTheme.MEDIATION, "Apaiser les halls le soir", OPAC, List.of(MAIRE),
                List.of(SectorId.of("S-MERMOZ")), LocalDate.of(1999, 1, 1), LocalDate.of(2001, 12, 31),
                new Budget(new BigDecimal("152449.02"), "FRF", List.of("FIV", "Ville")),
                List.of(new Indicator(INTERVENTIONS, "Interventions de nuit", "interventions", BigDecimal.ZERO,
                                      new BigDecimal("400"), "OPAC")))));
        steps.add(step("1998-12-01T23:30:00Z", new ActionAdded(id, SCHOOL, "Sécurité aux abords des écoles",
                ActionTheme.SECURITE_SCOLAIRE, "Moins d'incidents aux sorties", MAIRE, List.of(), List.of(),
                LocalDate.of(1999, 2, 1), LocalDate.of(2000, 6, 30), null,
                List.of(new Indicator(IndicatorId.of("I-INCIDENTS"), "Incidents signalés", "incidents",
                                      new BigDecimal("42"), new BigDecimal("20"), "Éducation nationale")))));
        steps.add(step("1999-01-15T10:00:00Z", new ContractSigned(id, LocalDate.of(1999, 1, 15), List.of(
                new Signature(PREFET, "Michel Besse", null), new Signature(PROCUREUR, "Jean Dupuis", null),
                new Signature(MAIRE, "Raymond Barre", "la Ville de Lyon")))));
        steps.add(step("1999-02-01T09:00:00Z", new ChairDelegated(id, "Claire Martin", LocalDate.of(1999, 2, 1),
                                                                  null)));
        steps.add(step("1999-03-10T17:00:00Z", new CommitteeMeetingHeld(id, MeetingId.of("COPIL-1"),
                LocalDate.of(1999, 3, 9), new Chair("Claire Martin", ChairOffice.SOUS_PREFET),
                List.of(new Attendee(MAIRE, null, "Ville de Lyon"), new Attendee(null, "M. Leroy", "Police")),
                List.of(NIGHT), List.of("Recruter six correspondants"), LocalDate.of(1999, 9, 9))));
        steps.add(step("1999-06-30T16:00:00Z", new ActionProgressRecorded(id, NIGHT, ActionStatus.PLANNED,
                ActionStatus.IN_PROGRESS, List.of(new Measurement(INTERVENTIONS, new BigDecimal("85"),
                                                                  LocalDate.of(1999, 6, 30))),
                "Six correspondants recrutés", LocalDate.of(1999, 6, 30))));
        steps.add(step("1999-07-01T10:00:00Z", new CommunicationCarriedOut(id, LocalDate.of(1999, 7, 1),
                "Presse locale", "Habitants de Mermoz", "Présentation des correspondants de nuit")));
        steps.add(step("1999-09-15T10:00:00Z", joined(id, ASSOCIATION, "Association Le Relais",
                                                      PartnerCategory.ASSOCIATION, null)));
        steps.add(step("1999-10-01T10:00:00Z", new ContractAmended(id, AmendmentId.of("AV-1"),
                LocalDate.of(1999, 9, 30), "Extension à Villeurbanne",
                List.of(new Commune(InseeCode.of("69266"), "Villeurbanne", 124215)), List.of(), List.of(),
                List.of(SectorId.of("S-BUERS")), List.of(), 145448L)));
        steps.add(step("1999-11-20T15:00:00Z", diagnostic(id, 2, "1999-11-19", "Baisse des vols, hausse des "
                                                                               + "incivilités")));
        steps.add(step("1999-12-31T12:00:00Z", new ActionProgressRecorded(id, NIGHT, ActionStatus.IN_PROGRESS,
                ActionStatus.COMPLETED, List.of(new Measurement(INTERVENTIONS, new BigDecimal("410.50"),
                                                                LocalDate.of(1999, 12, 31))), null,
                LocalDate.of(1999, 12, 31))));
        steps.add(step("2000-01-10T10:00:00Z", new ActionProgressRecorded(id, SCHOOL, ActionStatus.PLANNED,
                ActionStatus.ABANDONED, List.of(), "Reprise par l'Éducation nationale", null)));
        steps.add(step("2000-02-01T10:00:00Z", new AssessmentRecorded(id, 1999, "Objectifs de l'action de nuit "
                + "atteints", "Moins d'incivilités le soir", "Comité réuni une fois", "Sentiment en amélioration",
                List.of("Étendre aux Buers"), false)));
        steps.add(step("2000-03-01T10:00:00Z", new ReviewMeetingHeld(id, LocalDate.of(2000, 2, 28),
                List.of("Commissaire central", "Principal du collège"), "Bilan de l'année 1999")));
        steps.add(step("2000-03-06T10:00:00Z", new CommitteeMeetingHeld(id, MeetingId.of("COPIL-2"),
                LocalDate.of(2000, 3, 5), new Chair("Michel Besse", ChairOffice.PREFET),
                List.of(new Attendee(OPAC, null, "OPAC")), List.of(NIGHT, SCHOOL), List.of(), null)));
        steps.add(step("2000-06-01T10:00:00Z", new PartnerLeft(id, OPAC)));
        steps.add(step("2001-01-10T10:00:00Z", new ActionAdded(id, VICTIMS, "Permanence d'aide aux victimes",
                ActionTheme.AIDE_AUX_VICTIMES, "Accueillir les victimes au commissariat", ASSOCIATION, List.of(),
                List.of(SectorId.of("S-BUERS")), LocalDate.of(2001, 2, 1), LocalDate.of(2002, 12, 31), null,
                List.of(new Indicator(IndicatorId.of("I-ACCUEILS"), "Victimes accueillies", "personnes",
                                      BigDecimal.ZERO, new BigDecimal("300"), "Association")))));
        steps.add(step("2002-03-01T10:00:00Z", new FollowUpTransferred(id, "CLSPD de Lyon",
                                                                       LocalDate.of(2002, 3, 1))));
        steps.add(step("2003-01-31T10:00:00Z", new ContractEnded(id, LocalDate.of(2003, 1, 31), EndReason.EXPIRED,
                                                                 null)));
        return steps;
    }

    /**
     * Appends the steps to the store as the command side would have, each at its instant, with an actor, a
     * correlation and command id, and a reason for the signature; returns the position of the last.
     */
    static long append(EventStoreWriter writer, List<Step> steps) {
        List<EventMessage<?>> messages = new ArrayList<>();
        for (int sequence = 0; sequence < steps.size(); sequence++) {
            Step step = steps.get(sequence);
            MetaData metaData = MetaData.with("actor", "pref-69").and("actorName", "Préfecture du Rhône")
                                        .and("correlationId", "corr-" + sequence)
                                        .and("commandId", UUID.randomUUID().toString());
            if (step.event() instanceof ContractSigned) {
                metaData = metaData.and("reason", "Signature solennelle en préfecture");
            }
            messages.add(new GenericDomainEventMessage<>("Contract", step.event().aggregateId(), sequence,
                                                         step.event(), metaData, UUID.randomUUID().toString(),
                                                         step.recordedAt()));
        }
        writer.transactions().executeWithoutResult(status -> writer.engine().appendEvents(messages));
        return writer.head();
    }

    private static Step step(String at, ContractEvent event) {
        return new Step(Instant.parse(at), event);
    }

    private static PartnerJoined joined(ContractId id, PartnerId partner, String name, PartnerCategory category,
                                        String commune) {
        return new PartnerJoined(id, partner, name, category, commune == null ? null : InseeCode.of(commune));
    }

    private static DiagnosticAdopted diagnostic(ContractId id, int version, String adoptedOn, String summary) {
        return new DiagnosticAdopted(id, version, LocalDate.parse(adoptedOn),
                new Delinquency(summary, List.of(new DelinquencyFigure("107", "Faits constatés", "1998",
                                                                       new BigDecimal("1250"), "état 4001"))),
                new Perception("Inquiétude le soir", List.of("Enquête de victimation")),
                new Responses("Îlotage insuffisant"),
                List.of(new SectorFinding(SectorId.of("S-MERMOZ"), "Halls d'immeubles occupés")));
    }
}
