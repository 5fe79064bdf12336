package fr.interieur.cls.query.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interieur.cls.events.types.ActionStatus;
import fr.interieur.cls.events.types.ContractStatus;
import fr.interieur.cls.query.contract.ContractDocument;
import fr.interieur.cls.query.contract.ContractDocument.Action;
import fr.interieur.cls.query.contract.ContractReads;
import fr.interieur.cls.query.contract.Flags;
import fr.interieur.cls.query.report.YearReport.ActionRef;
import fr.interieur.cls.query.report.YearReport.ContractReport;
import fr.interieur.cls.query.report.YearReport.FinishedAction;
import fr.interieur.cls.query.report.YearReport.IndicatorResult;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of a year-end report, from the contract documents of a département. The year runs from 1 January
 * to {@code asOf}: 31 December, or today while the year is not over.
 */
final class ReportBuilder {

    private final Flags flags;

    ReportBuilder(Flags flags) {
        this.flags = flags;
    }

    /** What a report is built from, read from the contracts projection's active slot (or a test's schema). */
    record Sources(List<ContractDocument> contracts, Map<String, LocalDate> proximityStarts) {

        /** The signed contracts of a département (the year is chosen among them when the report is built). */
        static Sources read(NamedParameterJdbcTemplate jdbc, ObjectMapper json, String contractsSchema,
                            String departement) {
            List<ContractDocument> documents = jdbc.query(
                    "SELECT document FROM " + contractsSchema + ".contracts_contract "
                    + "WHERE departement = :departement AND signed_on IS NOT NULL ORDER BY contract_id",
                    Map.of("departement", departement), (row, i) -> parse(json, row.getString(1)));
            return new Sources(documents, ContractReads.proximityStarts(jdbc, contractsSchema));
        }

        private static ContractDocument parse(ObjectMapper json, String text) {
            try {
                return json.readValue(text, ContractDocument.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable contract document", e);
            }
        }
    }

    YearReport build(String departement, int year, LocalDate today, Sources sources) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        if (start.isAfter(today)) {
            throw new IllegalArgumentException("no report for a year to come: " + year);
        }
        LocalDate asOf = today.isBefore(end) ? today : end;
        List<ContractReport> contracts = sources.contracts().stream()
                .filter(document -> reported(document, start, end))
                .sorted(Comparator.comparing((ContractDocument d) -> d.signedOn).thenComparing(d -> d.id))
                .map(document -> contract(document, year, start, asOf, sources.proximityStarts()))
                .toList();
        return new YearReport(departement, Departements.name(departement), year, asOf, today.isAfter(end), today,
                              contracts, totals(contracts));
    }

    /** Signed at some point by the end of the year, and not ended before it began. */
    static boolean reported(ContractDocument document, LocalDate start, LocalDate end) {
        return document.signedOn != null && !document.signedOn.isAfter(end)
               && (document.end == null || !document.end.endedOn().isBefore(start));
    }

    private ContractReport contract(ContractDocument document, int year, LocalDate start, LocalDate asOf,
                                    Map<String, LocalDate> proximityStarts) {
        ContractAsOf state = new ContractAsOf(document, asOf);
        ContractDocument.Assessment assessment = document.assessment(year);
        List<Flags.Flag> raised = flags.of(state.facts(), proximityStarts, asOf);
        boolean ended = ContractStatus.ENDED.name().equals(state.status());
        return new ContractReport(document.id, document.title, document.scope, state.status(), document.signedOn,
                                  !document.signedOn.isBefore(start), ended ? document.end.endedOn() : null,
                                  ended ? document.end.reason() : null, document.populationCovered,
                                  results(document, state, start), impact(assessment, year),
                                  followUp(document, state, assessment, start, asOf),
                                  raised.stream().map(Flags.Flag::code).toList(), raised,
                                  assessment == null ? List.of() : List.copyOf(assessment.proposals()));
    }

    private static YearReport.Results results(ContractDocument document, ContractAsOf state, LocalDate start) {
        LocalDate eve = start.minusDays(1);
        List<Action> actions = document.actions.stream()
                .filter(state::inPlan)
                .filter(action -> !ActionStatus.valueOf(ContractAsOf.statusOn(action, eve)).isFinal())
                .toList();
        List<FinishedAction> completed = new ArrayList<>();
        List<FinishedAction> abandoned = new ArrayList<>();
        List<ActionRef> inProgress = new ArrayList<>();
        List<ActionRef> planned = new ArrayList<>();
        List<IndicatorResult> indicators = new ArrayList<>();
        for (Action action : actions) {
            String status = state.status(action);
            switch (ActionStatus.valueOf(status)) {
                case COMPLETED -> completed.add(finished(action, state.reached(action, status)));
                case ABANDONED -> abandoned.add(finished(action, state.reached(action, status)));
                case IN_PROGRESS -> inProgress.add(new ActionRef(action.actionId, action.title, action.theme));
                case PLANNED -> planned.add(new ActionRef(action.actionId, action.title, action.theme));
            }
            for (ContractDocument.Indicator indicator : action.indicators) {
                Optional<ContractDocument.Measure> value = state.value(indicator);
                indicators.add(new IndicatorResult(
                        action.actionId, action.title, indicator.indicatorId, indicator.name, indicator.unit,
                        indicator.baseline, indicator.target, value.map(ContractDocument.Measure::value).orElse(null),
                        value.map(ContractDocument.Measure::measuredOn).orElse(null),
                        progress(indicator.baseline, indicator.target,
                                 value.map(ContractDocument.Measure::value).orElse(null))));
            }
        }
        Comparator<FinishedAction> byDay = Comparator.comparing(FinishedAction::on,
                                                                Comparator.nullsLast(Comparator.naturalOrder()));
        completed.sort(byDay);
        abandoned.sort(byDay);
        return new YearReport.Results(completed, inProgress, abandoned, planned, indicators, average(indicators));
    }

    private static FinishedAction finished(Action action, Optional<LocalDate> on) {
        return new FinishedAction(action.actionId, action.title, action.theme, on.orElse(null));
    }

    /** The share of the way from baseline to target covered, to three decimals. */
    static BigDecimal progress(BigDecimal baseline, BigDecimal target, BigDecimal value) {
        if (baseline == null || target == null || value == null || target.compareTo(baseline) == 0) {
            return null;
        }
        return value.subtract(baseline).divide(target.subtract(baseline), 3, RoundingMode.HALF_UP);
    }

    /** The mean progress of the indicators that have one, to three decimals. */
    static BigDecimal average(List<IndicatorResult> indicators) {
        List<BigDecimal> progress = indicators.stream().map(IndicatorResult::progress).filter(p -> p != null).toList();
        if (progress.isEmpty()) {
            return null;
        }
        return progress.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                       .divide(BigDecimal.valueOf(progress.size()), 3, RoundingMode.HALF_UP);
    }

    private static YearReport.Impact impact(ContractDocument.Assessment assessment, int year) {
        if (assessment == null) {
            return new YearReport.Impact(false, null, null, null, null, null,
                                         "Aucun bilan annuel enregistré pour " + year);
        }
        return new YearReport.Impact(true, assessment.results(), assessment.impact(), assessment.perceptionChange(),
                                     assessment.correction(), assessment.recordedOn(), null);
    }

    private static YearReport.FollowUp followUp(ContractDocument document, ContractAsOf state,
                                                ContractDocument.Assessment assessment, LocalDate start,
                                                LocalDate asOf) {
        List<YearReport.Meeting> meetings = document.committeeMeetings.stream()
                .filter(meeting -> within(meeting.heldOn(), start, asOf))
                .map(meeting -> new YearReport.Meeting(meeting.heldOn(), meeting.chair().name(),
                                                       meeting.chair().office().name()))
                .toList();
        YearReport.DiagnosticAge diagnostic = state.diagnostic()
                .map(v -> new YearReport.DiagnosticAge(v.version(), v.adoptedOn(),
                                                       Period.between(v.adoptedOn(), asOf).toTotalMonths()))
                .orElse(null);
        List<LocalDate> reviews = document.reviewMeetings.stream().map(ContractDocument.ReviewMeeting::heldOn)
                                                          .filter(day -> within(day, start, asOf)).sorted().toList();
        List<YearReport.Communication> communications = document.communications.stream()
                .filter(c -> within(c.heldOn(), start, asOf))
                .map(c -> new YearReport.Communication(c.heldOn(), c.channel(), c.audience()))
                .toList();
        YearReport.Transfer transfer = document.followUp != null && !document.followUp.transferredOn().isAfter(asOf)
                ? new YearReport.Transfer(document.followUp.council(), document.followUp.transferredOn()) : null;
        return new YearReport.FollowUp(new YearReport.CommitteeMeetings(meetings.size(), meetings), diagnostic,
                                       new YearReport.Dates(reviews.size(), reviews),
                                       new YearReport.Communications(communications.size(), communications),
                                       assessment == null ? null : assessment.followUpConditions(), transfer);
    }

    private static boolean within(LocalDate day, LocalDate start, LocalDate end) {
        return day != null && !day.isBefore(start) && !day.isAfter(end);
    }

    private static YearReport.Totals totals(List<ContractReport> contracts) {
        Map<String, Integer> withFlag = new LinkedHashMap<>();
        Flags.CONTRACT_FLAGS.forEach(code -> withFlag.put(code, 0));
        contracts.forEach(contract -> contract.flags().forEach(code -> withFlag.merge(code, 1, Integer::sum)));
        List<YearReport.Proposal> proposals = new ArrayList<>();
        contracts.forEach(contract -> contract.proposals().forEach(
                text -> proposals.add(new YearReport.Proposal(contract.contractId(), contract.title(), text))));
        return new YearReport.Totals(
                contracts.size(),
                (int) contracts.stream().filter(ContractReport::signedDuringYear).count(),
                (int) contracts.stream().filter(c -> c.endedOn() != null).count(),
                contracts.stream().mapToLong(ContractReport::populationCovered).sum(),
                sum(contracts, c -> c.results().completed().size()),
                sum(contracts, c -> c.results().inProgress().size()),
                sum(contracts, c -> c.results().abandoned().size()),
                sum(contracts, c -> c.results().planned().size()),
                sum(contracts, c -> c.results().indicators().size()),
                average(contracts.stream().flatMap(c -> c.results().indicators().stream()).toList()),
                sum(contracts, c -> c.followUp().committeeMeetings().count()),
                sum(contracts, c -> c.followUp().reviewMeetings().count()),
                sum(contracts, c -> c.followUp().communications().count()),
                (int) contracts.stream().filter(c -> !c.impact().recorded()).count(),
                withFlag, proposals);
    }

    private static int sum(List<ContractReport> contracts, java.util.function.ToIntFunction<ContractReport> figure) {
        return contracts.stream().mapToInt(figure).sum();
    }
}
