package fr.interieur.cls.query.contract;

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
import fr.interieur.cls.events.types.ActionStatus;
import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.ContractStatus;
import fr.interieur.cls.events.types.DelinquencyFigure;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.InseeCode;
import fr.interieur.cls.events.types.Measurement;
import fr.interieur.cls.events.types.SectorId;
import fr.interieur.cls.query.contract.ContractDocument.Action;
import fr.interieur.cls.query.contract.ContractDocument.Indicator;
import fr.interieur.cls.query.contract.ContractDocument.Measure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * What each contract event does to a contract's document, and nothing else: no rows, no positions, no skipping
 * of events already seen. The contracts projection folds events with it as they arrive; the audit folds a
 * contract's stored events with it to show the contract as it stood at any version or moment. One fold for both,
 * so that the audit's "as it stood then" can never drift from what the projection showed then.
 */
public final class ContractFold {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private ContractFold() {
    }

    /** The document of a contract just drafted. */
    public static ContractDocument drafted(ContractDrafted event) {
        ContractDocument document = new ContractDocument();
        document.id = event.contractId().value();
        document.title = event.title();
        document.departement = event.departement().value();
        document.scope = event.scope().name();
        document.status = ContractStatus.IN_PREPARATION.name();
        document.communes.addAll(event.communes());
        event.districtIds().forEach(id -> document.districtIds.add(id.value()));
        event.sectorIds().forEach(id -> document.sectorIds.add(id.value()));
        document.populationCovered = event.populationCovered();
        document.supersedes = event.supersedes() == null ? null : event.supersedes().value();
        return document;
    }

    /**
     * Changes the document of a drafted contract by one of its later events. {@code recordedAt} is when the event
     * was recorded: the day of progress and assessments that carry no date of their own. A second drafting changes
     * nothing (a contract is drafted once).
     */
    public static void apply(ContractDocument document, ContractEvent event, Instant recordedAt) {
        switch (event) {
            case ContractDrafted ignored -> {
            }
            case PartnerJoined joined -> joined(document, joined);
            case PartnerLeft left -> left(document, left);
            case DiagnosticAdopted adopted -> adopted(document, adopted);
            case ActionAdded added -> added(document, added);
            case ActionProgressRecorded progress -> progress(document, progress, recordedAt);
            case ContractSigned signed -> {
                document.status = ContractStatus.SIGNED.name();
                document.signedOn = signed.signedOn();
                document.signatures = signed.signatures();
            }
            case ChairDelegated delegated -> document.chairDelegations.add(
                    new ContractDocument.Delegation(delegated.sousPrefet(), delegated.from(), delegated.to()));
            case CommitteeMeetingHeld meeting -> {
                document.committeeMeetings.add(new ContractDocument.CommitteeMeeting(
                        meeting.meetingId().value(), meeting.heldOn(), meeting.chair(), meeting.attendees(),
                        meeting.actionsReviewed().stream().map(Object::toString).toList(), meeting.decisions(),
                        meeting.nextMeetingOn()));
                document.committeeMeetings.sort(Comparator.comparing(ContractDocument.CommitteeMeeting::heldOn));
            }
            case CommunicationCarriedOut communication -> {
                document.communications.add(new ContractDocument.Communication(
                        communication.heldOn(), communication.channel(), communication.audience(),
                        communication.summary()));
                document.communications.sort(Comparator.comparing(ContractDocument.Communication::heldOn));
            }
            case ReviewMeetingHeld meeting -> {
                document.reviewMeetings.add(new ContractDocument.ReviewMeeting(meeting.heldOn(), meeting.participants(),
                                                                               meeting.summary()));
                document.reviewMeetings.sort(Comparator.comparing(ContractDocument.ReviewMeeting::heldOn));
            }
            case ContractAmended amended -> amended(document, amended);
            case AssessmentRecorded assessment -> document.assessments.add(new ContractDocument.Assessment(
                    assessment.year(), assessment.results(), assessment.impact(), assessment.followUpConditions(),
                    assessment.perceptionChange(), assessment.proposals(), assessment.correction(),
                    LocalDate.ofInstant(recordedAt, PARIS)));
            case FollowUpTransferred transferred ->
                    document.followUp = new ContractDocument.FollowUp(transferred.council(), transferred.transferredOn());
            case ContractEnded ended -> {
                document.status = ContractStatus.ENDED.name();
                document.end = new ContractDocument.End(ended.endedOn(), ended.reason().name(),
                                                        ended.supersededBy() == null ? null
                                                                                     : ended.supersededBy().value());
            }
        }
    }

    private static void joined(ContractDocument document, PartnerJoined event) {
        ContractDocument.Partner partner = new ContractDocument.Partner();
        partner.partnerId = event.partnerId().value();
        partner.name = event.name();
        partner.category = event.category().name();
        partner.communeCode = event.communeCode() == null ? null : event.communeCode().value();
        document.partners.removeIf(p -> p.partnerId.equals(partner.partnerId));
        document.partners.add(partner);
    }

    private static void left(ContractDocument document, PartnerLeft event) {
        document.partners.stream()
                         .filter(p -> p.partnerId.equals(event.partnerId().value())).findFirst()
                         .ifPresent(partner -> {
                             document.partners.remove(partner);
                             document.formerPartners.add(partner);
                         });
    }

    private static void adopted(ContractDocument document, DiagnosticAdopted event) {
        ContractDocument.Diagnostic diagnostic = new ContractDocument.Diagnostic();
        diagnostic.version = event.version();
        diagnostic.adoptedOn = event.adoptedOn();
        diagnostic.complete = event.isComplete();
        diagnostic.delinquency = event.delinquency() == null ? null : event.delinquency().summary();
        diagnostic.perception = event.perception() == null ? null : event.perception().summary();
        diagnostic.responses = event.responses() == null ? null : event.responses().summary();
        if (event.delinquency() != null) {
            for (DelinquencyFigure figure : event.delinquency().figures()) {
                diagnostic.figures.add(new ContractDocument.Diagnostic.Figure(
                        figure.index(), figure.label(), figure.period(), figure.value(), figure.source()));
            }
        }
        event.sectorFindings().forEach(finding -> diagnostic.sectorFindings.add(
                new ContractDocument.Diagnostic.Finding(finding.sectorId().value(), finding.findings())));
        if (document.diagnostic != null) {
            diagnostic.history.addAll(document.diagnostic.history);
        }
        diagnostic.history.add(new ContractDocument.Diagnostic.Version(event.version(), event.adoptedOn(),
                                                                      event.isComplete()));
        document.diagnostic = diagnostic;
    }

    private static void added(ContractDocument document, ActionAdded event) {
        Action action = new Action();
        action.actionId = event.actionId().value();
        action.title = event.title();
        action.theme = event.theme().name();
        action.objective = event.objective();
        action.leadPartnerId = event.leadPartnerId().value();
        event.partnerIds().forEach(id -> action.partnerIds.add(id.value()));
        event.sectorIds().forEach(id -> action.sectorIds.add(id.value()));
        action.startOn = event.startOn();
        action.endOn = event.endOn();
        action.budget = event.budget();
        action.status = ActionStatus.PLANNED.name();
        for (fr.interieur.cls.events.types.Indicator source : event.indicators()) {
            Indicator indicator = new Indicator();
            indicator.indicatorId = source.indicatorId().value();
            indicator.name = source.name();
            indicator.unit = source.unit();
            indicator.baseline = source.baseline();
            indicator.target = source.target();
            indicator.source = source.source();
            action.indicators.add(indicator);
        }
        document.actions.removeIf(a -> a.actionId.equals(action.actionId));
        document.actions.add(action);
    }

    private static void progress(ContractDocument document, ActionProgressRecorded event, Instant recordedAt) {
        document.actions.stream()
                        .filter(a -> a.actionId.equals(event.actionId().value())).findFirst()
                        .ifPresent(action -> {
                            // revision 1 carried no day: the day it was recorded, in Paris
                            LocalDate recordedOn = event.reportedOn() != null ? event.reportedOn()
                                                                              : LocalDate.ofInstant(recordedAt, PARIS);
                            if (event.statusChanged()) {
                                action.statusChanges.add(new ContractDocument.StatusChange(
                                        event.previousStatus().name(), event.status().name(), recordedOn));
                            }
                            action.status = event.status().name();
                            for (Measurement measurement : event.measurements()) {
                                action.indicators.stream()
                                                 .filter(i -> i.indicatorId.equals(measurement.indicatorId().value()))
                                                 .findFirst()
                                                 .ifPresent(indicator -> measure(indicator, measurement));
                            }
                            if (event.note() != null) {
                                action.notes.add(new ContractDocument.Note(recordedOn, event.note()));
                            }
                        });
    }

    private static void measure(Indicator indicator, Measurement measurement) {
        Measure measure = new Measure(measurement.value(), measurement.measuredOn());
        indicator.measurements.add(measure);
        indicator.measurements.sort(Comparator.comparing(Measure::measuredOn));
        indicator.latest = indicator.measurements.get(indicator.measurements.size() - 1);
    }

    private static void amended(ContractDocument document, ContractAmended event) {
        for (Commune commune : event.addCommunes()) {
            document.communes.removeIf(c -> c.code().equals(commune.code()));
            document.communes.add(commune);
        }
        List<String> removed = event.removeCommunes().stream().map(InseeCode::value).toList();
        document.communes.removeIf(c -> removed.contains(c.code().value()));
        event.addDistrictIds().stream().map(DistrictId::value)
             .filter(id -> !document.districtIds.contains(id)).forEach(document.districtIds::add);
        event.addSectorIds().stream().map(SectorId::value)
             .filter(id -> !document.sectorIds.contains(id)).forEach(document.sectorIds::add);
        event.removeSectorIds().forEach(id -> document.sectorIds.remove(id.value()));
        if (event.populationCovered() != null) {
            document.populationCovered = event.populationCovered();
        }
        document.amendments.add(new ContractDocument.Amendment(
                event.amendmentId().value(), event.signedOn(), event.summary(),
                event.addCommunes().stream().map(c -> c.code().value()).toList(), removed,
                event.addSectorIds().stream().map(SectorId::value).toList(),
                event.removeSectorIds().stream().map(SectorId::value).toList()));
    }
}
