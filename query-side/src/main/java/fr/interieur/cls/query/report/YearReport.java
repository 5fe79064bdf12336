package fr.interieur.cls.query.report;

import fr.interieur.cls.query.contract.Flags;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The year-end report of a département (api.md, {@code /departements/{code}/report?year=}).
 *
 * @param asOf      the day the figures stand at: 31 December of the year, or today while the year is not over
 * @param yearOver  false while the year runs: the report is then provisional
 * @param contracts every contract of the département signed on or before the end of the year and not ended
 *                  before it began, by signature date
 */
record YearReport(String departement, String departementName, int year, LocalDate asOf, boolean yearOver,
                  LocalDate generatedOn, List<ContractReport> contracts, Totals totals) {

    /**
     * One contract in the report.
     *
     * @param status       at {@code asOf}: SIGNED, or ENDED when it ended during the year
     * @param flags        codes of the flags raised at {@code asOf}; {@code flagDetails} says what each means
     * @param proposals    those of the year's assessment
     */
    record ContractReport(String contractId, String title, String scope, String status, LocalDate signedOn,
                          boolean signedDuringYear, LocalDate endedOn, String endReason, long populationCovered,
                          Results results, Impact impact, FollowUp followUp, List<String> flags,
                          List<Flags.Flag> flagDetails, List<String> proposals) {
    }

    /**
     * What the action plan achieved in the year. Actions finished before the year began are left out, and so are
     * actions not yet in the plan at {@code asOf} (starting later, no progress reported by then).
     *
     * @param completed  completed during the year, with the day the completion was reported
     * @param inProgress in progress at {@code asOf}
     * @param abandoned  abandoned during the year
     * @param planned    still planned at {@code asOf}
     * @param indicators the indicators of these actions, with their value at {@code asOf}
     * @param averageProgress the mean of the indicators' {@link IndicatorResult#progress()}, those that have one,
     *                        to three decimals; null when none has
     */
    record Results(List<FinishedAction> completed, List<ActionRef> inProgress, List<FinishedAction> abandoned,
                   List<ActionRef> planned, List<IndicatorResult> indicators, BigDecimal averageProgress) {
    }

    record ActionRef(String actionId, String title, String theme) {
    }

    record FinishedAction(String actionId, String title, String theme, LocalDate on) {
    }

    /**
     * An indicator against its baseline and target.
     *
     * @param value      the latest measurement on or before {@code asOf}, null when never measured by then
     * @param measuredOn the day of that measurement
     * @param progress   the share of the way from baseline to target covered, (value − baseline) / (target −
     *                   baseline) to three decimals: 1 is the target reached, below 0 a move away from it; null
     *                   without a value, a baseline or a target, or when the target is the baseline
     */
    record IndicatorResult(String actionId, String actionTitle, String indicatorId, String name, String unit,
                           BigDecimal baseline, BigDecimal target, BigDecimal value, LocalDate measuredOn,
                           BigDecimal progress) {
    }

    /**
     * The impact on security as the year's assessment records it (its latest correction), or {@code recorded}
     * false and a note saying there is none.
     */
    record Impact(boolean recorded, String results, String impact, String perceptionChange, Boolean correction,
                  LocalDate recordedOn, String note) {
    }

    /**
     * How the contract was actually followed up during the year.
     *
     * @param diagnostic         the version in force at {@code asOf}, null when none was adopted by then
     * @param followUpConditions as the year's assessment describes them, null without one
     * @param transferredTo      the local council (CLSPD) follow-up was entrusted to by {@code asOf}, if any
     */
    record FollowUp(CommitteeMeetings committeeMeetings, DiagnosticAge diagnostic, Dates reviewMeetings,
                    Communications communications, String followUpConditions, Transfer transferredTo) {
    }

    record CommitteeMeetings(int count, List<Meeting> meetings) {
    }

    /** A steering committee meeting: its day and who chaired it (office PREFET or SOUS_PREFET). */
    record Meeting(LocalDate heldOn, String chair, String office) {
    }

    record DiagnosticAge(int version, LocalDate adoptedOn, long ageInMonths) {
    }

    record Dates(int count, List<LocalDate> dates) {
    }

    record Communications(int count, List<Communication> items) {
    }

    record Communication(LocalDate heldOn, String channel, String audience) {
    }

    record Transfer(String council, LocalDate transferredOn) {
    }

    /**
     * The département's figures.
     *
     * @param populationCovered as the contracts record it, summed: a commune in two contracts counts twice
     * @param averageProgress   the mean progress of every indicator of the report that has one
     * @param contractsWithFlag for every contract flag, how many reported contracts raise it at {@code asOf}
     * @param proposals         every proposal of the year's assessments, contract by contract
     */
    record Totals(int contractsReported, int signedDuringYear, int endedDuringYear, long populationCovered,
                  int actionsCompleted, int actionsInProgress, int actionsAbandoned, int actionsPlanned,
                  int indicators, BigDecimal averageProgress, int committeeMeetingsHeld, int reviewMeetingsHeld,
                  int communications, int contractsWithoutAssessment, Map<String, Integer> contractsWithFlag,
                  List<Proposal> proposals) {
    }

    record Proposal(String contractId, String contractTitle, String text) {
    }
}
