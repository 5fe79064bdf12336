package fr.interieur.cls.query.report;

import fr.interieur.cls.events.types.ActionStatus;
import fr.interieur.cls.events.types.ContractStatus;
import fr.interieur.cls.query.contract.ContractDocument;
import fr.interieur.cls.query.contract.ContractDocument.Action;
import fr.interieur.cls.query.contract.ContractDocument.Diagnostic;
import fr.interieur.cls.query.contract.ContractDocument.Indicator;
import fr.interieur.cls.query.contract.ContractDocument.Measure;
import fr.interieur.cls.query.contract.ContractDocument.StatusChange;
import fr.interieur.cls.query.contract.ContractFacts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A contract as it stood on a day, worked out from its current document and the business dates it holds (a
 * signature, a meeting, a measurement, the day progress was reported). The facts columns of the projection are
 * today's, so the flags of the end of a past year are computed from these instead.
 * <p>
 * What the document does not date is taken as it is now: partners (joining carries no date), the districts and
 * sectors covered, the population covered. An assessment counts from its year on, whenever it was recorded:
 * contracts of the past are entered after the fact, and the recording time would flag every one of them.
 */
final class ContractAsOf {

    private final ContractDocument document;
    private final LocalDate day;

    ContractAsOf(ContractDocument document, LocalDate day) {
        this.document = document;
        this.day = day;
    }

    String status() {
        if (document.end != null && !document.end.endedOn().isAfter(day)) {
            return ContractStatus.ENDED.name();
        }
        if (document.signedOn != null && !document.signedOn.isAfter(day)) {
            return ContractStatus.SIGNED.name();
        }
        return ContractStatus.IN_PREPARATION.name();
    }

    /** The status of an action at the end of a day: every status change reported by then, from PLANNED. */
    static String statusOn(Action action, LocalDate on) {
        String status = ActionStatus.PLANNED.name();
        for (StatusChange change : action.statusChanges) {
            if (change.recordedOn() == null || !change.recordedOn().isAfter(on)) {
                status = change.to();
            }
        }
        return status;
    }

    String status(Action action) {
        return statusOn(action, day);
    }

    /** The day the action reached this status, if it had by then. */
    Optional<LocalDate> reached(Action action, String status) {
        LocalDate reached = null;
        for (StatusChange change : action.statusChanges) {
            if (status.equals(change.to()) && change.recordedOn() != null && !change.recordedOn().isAfter(day)) {
                reached = change.recordedOn();
            }
        }
        return Optional.ofNullable(reached);
    }

    /**
     * In the action plan by then, as far as dates tell: its calendar had started, or progress had been reported.
     * An action sheet carries no date of its own addition.
     */
    boolean inPlan(Action action) {
        return (action.startOn != null && !action.startOn.isAfter(day))
               || action.statusChanges.stream().anyMatch(c -> c.recordedOn() != null && !c.recordedOn().isAfter(day));
    }

    /** The latest measurement on or before the day. */
    Optional<Measure> value(Indicator indicator) {
        Measure latest = null;
        for (Measure measure : indicator.measurements) {
            if (!measure.measuredOn().isAfter(day)
                && (latest == null || !measure.measuredOn().isBefore(latest.measuredOn()))) {
                latest = measure;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** The diagnostic version in force: the latest adopted on or before the day. */
    Optional<Diagnostic.Version> diagnostic() {
        if (document.diagnostic == null) {
            return Optional.empty();
        }
        List<Diagnostic.Version> history = document.diagnostic.history.isEmpty()
                ? List.of(new Diagnostic.Version(document.diagnostic.version, document.diagnostic.adoptedOn,
                                                 document.diagnostic.complete))
                : document.diagnostic.history;
        return history.stream().filter(v -> v.adoptedOn() != null && !v.adoptedOn().isAfter(day))
                      .max(Comparator.comparing(Diagnostic.Version::adoptedOn)
                                     .thenComparingInt(Diagnostic.Version::version));
    }

    LocalDate lastCommitteeOn() {
        return document.committeeMeetings.stream().map(ContractDocument.CommitteeMeeting::heldOn)
                                         .filter(held -> !held.isAfter(day)).max(LocalDate::compareTo).orElse(null);
    }

    /** What the flags are computed from, as of the day. */
    ContractFacts facts() {
        List<Action> live = document.actions.stream().filter(this::inPlan)
                                            .filter(a -> isLive(status(a))).toList();
        LocalDate oldestActivity = live.stream().filter(a -> ActionStatus.IN_PROGRESS.name().equals(status(a)))
                                       .map(this::lastActivityOn).filter(Objects::nonNull)
                                       .min(LocalDate::compareTo).orElse(null);
        Set<Integer> assessedYears = document.assessments.stream().map(ContractDocument.Assessment::year)
                                                         .filter(year -> year <= day.getYear())
                                                         .collect(Collectors.toSet());
        Set<String> categories = document.partners.stream().map(p -> p.category).collect(Collectors.toSet());
        LocalDate signedOn = document.signedOn != null && !document.signedOn.isAfter(day) ? document.signedOn : null;
        return new ContractFacts(document.id, document.departement, status(), signedOn,
                                 diagnostic().map(Diagnostic.Version::adoptedOn).orElse(null), lastCommitteeOn(),
                                 assessedYears, categories, List.copyOf(document.districtIds),
                                 (int) live.stream().filter(a -> a.sectorIds.isEmpty()).count(), oldestActivity,
                                 document.populationCovered);
    }

    /** As {@link Action#lastActivityOn()}, counting only measurements taken by then. */
    private LocalDate lastActivityOn(Action action) {
        LocalDate last = action.startOn;
        for (Indicator indicator : action.indicators) {
            Optional<Measure> measure = value(indicator);
            if (measure.isPresent() && (last == null || measure.get().measuredOn().isAfter(last))) {
                last = measure.get().measuredOn();
            }
        }
        return last;
    }

    private static boolean isLive(String status) {
        return ActionStatus.PLANNED.name().equals(status) || ActionStatus.IN_PROGRESS.name().equals(status);
    }
}
