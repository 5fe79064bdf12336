package fr.interieur.cls.query.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import fr.interieur.cls.events.district.DistrictRegistered;
import fr.interieur.cls.events.district.ProximityPolicingDeployed;
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
import fr.interieur.cls.query.infrastructure.projection.ProjectionContext;
import fr.interieur.cls.query.infrastructure.projection.Row;
import fr.interieur.cls.query.infrastructure.projection.Rows;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.SequenceNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Folds contract events into contract documents (and their facts columns), and district events into what the
 * flags need of districts. An event already folded in (its sequence below the document's version) is skipped,
 * so the same event twice changes nothing; an event of a contract never drafted is skipped and logged.
 */
class ContractsProjector {

    private static final Logger log = LoggerFactory.getLogger(ContractsProjector.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ProjectionContext context;

    ContractsProjector(ProjectionContext context) {
        this.context = context;
    }

    @EventHandler
    void on(ContractDrafted event, @SequenceNumber long sequence, TrackingToken token) {
        Rows rows = context.rows();
        if (document(rows, event.contractId().value()).isPresent()) {
            return;
        }
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
        save(rows, document, sequence, token);
    }

    @EventHandler
    void on(PartnerJoined event, @SequenceNumber long sequence, TrackingToken token) {
        change(event, sequence, token, document -> {
            ContractDocument.Partner partner = new ContractDocument.Partner();
            partner.partnerId = event.partnerId().value();
            partner.name = event.name();
            partner.category = event.category().name();
            partner.communeCode = event.communeCode() == null ? null : event.communeCode().value();
            document.partners.removeIf(p -> p.partnerId.equals(partner.partnerId));
            document.partners.add(partner);
        });
    }

    @EventHandler
    void on(PartnerLeft event, @SequenceNumber long sequence, TrackingToken token) {
        change(event, sequence, token, document -> document.partners.stream()
                .filter(p -> p.partnerId.equals(event.partnerId().value())).findFirst()
                .ifPresent(partner -> {
                    document.partners.remove(partner);
                    document.formerPartners.add(partner);
                }));
    }

    @EventHandler
    void on(DiagnosticAdopted event, @SequenceNumber long sequence, TrackingToken token) {
        change(event, sequence, token, document -> {
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
        });
    }

    @EventHandler
    void on(ActionAdded event, @SequenceNumber long sequence, TrackingToken token) {
        change(event, sequence, token, document -> {
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
        });
    }

    @EventHandler
    void on(ActionProgressRecorded event, @SequenceNumber long sequence, TrackingToken token,
            @Timestamp Instant recordedAt) {
        change(event, sequence, token, document -> document.actions.stream()
                .filter(a -> a.actionId.equals(event.actionId().value())).findFirst()
                .ifPresent(action -> {
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
                }));
    }

    private static void measure(Indicator indicator, Measurement measurement) {
        Measure measure = new Measure(measurement.value(), measurement.measuredOn());
        indicator.measurements.add(measure);
        indicator.measurements.sort(Comparator.comparing(Measure::measuredOn));
        indicator.latest = indicator.measurements.get(indicator.measurements.size() - 1);
    }

    @EventHandler
    void on(ContractSigned event, @SequenceNumber long sequence, TrackingToken token) {
        change(event, sequence, token, document -> {
            document.status = ContractStatus.SIGNED.name();
            document.signedOn = event.signedOn();
            document.signatures = event.signatures();
        });
    }

    @EventHandler
    void on(ChairDelegated event, @SequenceNumber long sequence, TrackingToken token) {
        change(event, sequence, token, document -> document.chairDelegations.add(
                new ContractDocument.Delegation(event.sousPrefet(), event.from(), event.to())));
    }

    @EventHandler
    void on(CommitteeMeetingHeld event, @SequenceNumber long sequence, TrackingToken token) {
        change(event, sequence, token, document -> {
            document.committeeMeetings.add(new ContractDocument.CommitteeMeeting(
                    event.meetingId().value(), event.heldOn(), event.chair(), event.attendees(),
                    event.actionsReviewed().stream().map(Object::toString).toList(), event.decisions(),
                    event.nextMeetingOn()));
            document.committeeMeetings.sort(Comparator.comparing(ContractDocument.CommitteeMeeting::heldOn));
        });
    }

    @EventHandler
    void on(CommunicationCarriedOut event, @SequenceNumber long sequence, TrackingToken token) {
        change(event, sequence, token, document -> {
            document.communications.add(new ContractDocument.Communication(event.heldOn(), event.channel(),
                                                                           event.audience(), event.summary()));
            document.communications.sort(Comparator.comparing(ContractDocument.Communication::heldOn));
        });
    }

    @EventHandler
    void on(ReviewMeetingHeld event, @SequenceNumber long sequence, TrackingToken token) {
        change(event, sequence, token, document -> {
            document.reviewMeetings.add(new ContractDocument.ReviewMeeting(event.heldOn(), event.participants(),
                                                                           event.summary()));
            document.reviewMeetings.sort(Comparator.comparing(ContractDocument.ReviewMeeting::heldOn));
        });
    }

    @EventHandler
    void on(ContractAmended event, @SequenceNumber long sequence, TrackingToken token) {
        change(event, sequence, token, document -> {
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
        });
    }

    @EventHandler
    void on(AssessmentRecorded event, @SequenceNumber long sequence, TrackingToken token,
            @Timestamp Instant recordedAt) {
        change(event, sequence, token, document -> document.assessments.add(new ContractDocument.Assessment(
                event.year(), event.results(), event.impact(), event.followUpConditions(), event.perceptionChange(),
                event.proposals(), event.correction(), LocalDate.ofInstant(recordedAt, PARIS))));
    }

    @EventHandler
    void on(FollowUpTransferred event, @SequenceNumber long sequence, TrackingToken token) {
        change(event, sequence, token,
               document -> document.followUp = new ContractDocument.FollowUp(event.council(), event.transferredOn()));
    }

    @EventHandler
    void on(ContractEnded event, @SequenceNumber long sequence, TrackingToken token) {
        change(event, sequence, token, document -> {
            document.status = ContractStatus.ENDED.name();
            document.end = new ContractDocument.End(event.endedOn(), event.reason().name(),
                                                    event.supersededBy() == null ? null : event.supersededBy().value());
        });
    }

    @EventHandler
    void on(DistrictRegistered event, @SequenceNumber long sequence) {
        Rows rows = context.rows();
        if (rows.find(ContractTables.DISTRICT, event.districtId().value()).isPresent()) {
            return;
        }
        rows.put(ContractTables.DISTRICT, new Row().set("district_id", event.districtId().value())
                                                   .set("departement", event.departement().value())
                                                   .set("name", event.name())
                                                   .set("last_sequence", sequence));
    }

    @EventHandler
    void on(ProximityPolicingDeployed event, @SequenceNumber long sequence) {
        Rows rows = context.rows();
        rows.find(ContractTables.DISTRICT, event.districtId().value())
            .filter(row -> row.longValue("last_sequence") < sequence)
            .ifPresent(row -> rows.put(ContractTables.DISTRICT, row.with("proximity_wave", event.wave().code())
                                                                  .with("proximity_started_on", event.startedOn())
                                                                  .with("last_sequence", sequence)));
    }

    private void change(ContractEvent event, long sequence, TrackingToken token, Consumer<ContractDocument> change) {
        Rows rows = context.rows();
        Optional<ContractDocument> found = document(rows, event.contractId().value());
        if (found.isEmpty()) {
            log.warn("{} for contract {} that was never drafted: skipped", event.getClass().getSimpleName(),
                     event.contractId());
            return;
        }
        ContractDocument document = found.get();
        if (sequence < document.version) {
            return;
        }
        change.accept(document);
        save(rows, document, sequence, token);
    }

    private Optional<ContractDocument> document(Rows rows, String contractId) {
        return rows.find(ContractTables.CONTRACT, contractId).map(row -> {
            Object value = row.get("document");
            if (value instanceof ContractDocument document) {
                return document;
            }
            try {
                return context.json().readValue((String) value, ContractDocument.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable document of contract " + contractId, e);
            }
        });
    }

    private void save(Rows rows, ContractDocument document, long sequence, TrackingToken token) {
        document.version = sequence + 1;
        document.position = token == null ? 0 : token.position().orElse(0);
        rows.put(ContractTables.CONTRACT, new Row()
                .set("contract_id", document.id)
                .set("departement", document.departement)
                .set("status", document.status)
                .set("title", document.title)
                .set("scope", document.scope)
                .set("signed_on", document.signedOn)
                .set("ended_on", document.end == null ? null : document.end.endedOn())
                .set("population_covered", document.populationCovered)
                .set("last_diagnostic_on", document.diagnostic == null ? null : document.diagnostic.adoptedOn)
                .set("last_committee_on", document.lastCommitteeOn())
                .set("assessed_years", document.assessments.stream().map(a -> a.year())
                                                          .collect(Collectors.toCollection(TreeSet::new)).stream()
                                                          .map(String::valueOf).collect(Collectors.joining(",")))
                .set("partner_categories", document.partners.stream().map(p -> p.category)
                                                            .collect(Collectors.toCollection(TreeSet::new)).stream()
                                                            .collect(Collectors.joining(",")))
                .set("district_ids", String.join(",", document.districtIds))
                .set("live_actions_without_sector", (int) document.actions.stream()
                        .filter(a -> isLive(a.status) && a.sectorIds.isEmpty()).count())
                .set("oldest_activity_on", document.actions.stream()
                        .filter(a -> ActionStatus.IN_PROGRESS.name().equals(a.status))
                        .map(Action::lastActivityOn).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null))
                .set("last_sequence", sequence)
                .set("last_position", document.position)
                .set("summary", ContractSummary.of(document))
                .set("document", document));
        for (Action action : document.actions) {
            Optional<Row> existing = rows.find(ContractTables.ACTION, document.id, action.actionId);
            if (existing.isEmpty() || !action.status.equals(existing.get().text("status"))) {
                rows.put(ContractTables.ACTION, new Row().set("contract_id", document.id)
                                                         .set("action_id", action.actionId)
                                                         .set("departement", document.departement)
                                                         .set("theme", action.theme)
                                                         .set("status", action.status));
            }
        }
    }

    private static boolean isLive(String actionStatus) {
        return ActionStatus.PLANNED.name().equals(actionStatus) || ActionStatus.IN_PROGRESS.name().equals(actionStatus);
    }
}
