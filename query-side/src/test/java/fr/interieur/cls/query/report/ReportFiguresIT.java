package fr.interieur.cls.query.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.interieur.cls.events.DomainEvent;
import fr.interieur.cls.events.EventJson;
import fr.interieur.cls.query.contract.ContractsProjection;
import fr.interieur.cls.query.contract.FlagSettings;
import fr.interieur.cls.query.contract.Flags;
import fr.interieur.cls.query.report.YearReport.ContractReport;
import fr.interieur.cls.query.report.YearReport.FinishedAction;
import fr.interieur.cls.query.report.YearReport.IndicatorResult;
import fr.interieur.cls.query.testing.ProjectionHarness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * Given the contracts projection fed with a département's year 2000 ({@link ReportEvents}), then the report's
 * figures, and the same figures in its JSON, CSV and HTML forms.
 */
class ReportFiguresIT {

    private static final ReportEvents EVENTS = new ReportEvents("2B", "973", "F");
    private static final ReportBuilder BUILDER = new ReportBuilder(
            new Flags(new FlagSettings(Period.ofMonths(12), Period.ofMonths(6), Period.ofMonths(6))));
    /** Written as Spring Boot writes HTTP answers (application.yml): ISO dates, plain decimals, nulls kept. */
    private static final ObjectMapper SPRING_JSON = Jackson2ObjectMapperBuilder.json()
            .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .featuresToEnable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    private static final LocalDate JANUARY_2001 = LocalDate.of(2001, 1, 20);

    private static ProjectionHarness harness;

    @BeforeAll
    static void givenTheYear() {
        harness = ProjectionHarness.of(new ContractsProjection());
        List<DomainEvent> life = EVENTS.all();
        List<DomainEvent> assessments = EVENTS.bastiaAssessments();
        harness.given(life.stream().filter(e -> !assessments.contains(e)).toArray(DomainEvent[]::new))
               .at("2001-01-20T09:00:00Z").given(assessments.toArray(DomainEvent[]::new));
    }

    private static YearReport report(String departement, int year, LocalDate today) {
        return BUILDER.build(departement, year, today, ReportBuilder.Sources.read(
                new NamedParameterJdbcTemplate(harness.jdbc()), EventJson.newObjectMapper(), harness.schema(),
                departement));
    }

    private static YearReport report2000() {
        return report("2B", 2000, JANUARY_2001);
    }

    private static ContractReport contract(YearReport report, String id) {
        return report.contracts().stream().filter(c -> c.contractId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theReportHoldsContractsSignedByTheEndOfTheYearAndNotEndedBeforeIt() {
        YearReport report = report2000();
        assertThat(report.departement()).isEqualTo("2B");
        assertThat(report.departementName()).isEqualTo("Haute-Corse");
        assertThat(report.asOf()).isEqualTo(LocalDate.of(2000, 12, 31));
        assertThat(report.yearOver()).isTrue();
        assertThat(report.generatedOn()).isEqualTo(JANUARY_2001);
        // by signature date; not the one in preparation, the one ended in 1999, the one signed in 2001, nor 973's
        assertThat(report.contracts()).extracting(ContractReport::contractId).containsExactly(
                EVENTS.transports.value(), EVENTS.bastia.value(), EVENTS.corte.value());
    }

    @Test
    void resultsAreTheActionsOfTheYearAndTheIndicatorsAtItsEnd() {
        YearReport.Results results = contract(report2000(), EVENTS.bastia.value()).results();
        assertThat(results.completed()).containsExactly(
                new FinishedAction("A1", "Correspondants de nuit", "MEDIATION", LocalDate.of(2000, 6, 15)));
        assertThat(results.abandoned()).containsExactly(
                new FinishedAction("A4", "Maison de la justice et du droit", "AIDE_AUX_VICTIMES",
                                   LocalDate.of(2000, 10, 20)));
        assertThat(results.inProgress()).extracting(YearReport.ActionRef::actionId).containsExactly("A3");
        // A2 was completed in 1999, A5 starts in 2001
        assertThat(results.planned()).extracting(YearReport.ActionRef::actionId).containsExactly("A6");
        assertThat(results.indicators()).extracting(IndicatorResult::indicatorId)
                                        .containsExactly("I1", "I3", "I4", "I6");
        IndicatorResult nights = results.indicators().get(0);
        assertThat(nights.baseline()).isEqualByComparingTo("0");
        assertThat(nights.target()).isEqualByComparingTo("400");
        assertThat(nights.value()).isEqualByComparingTo("410");
        assertThat(nights.measuredOn()).isEqualTo(LocalDate.of(2000, 6, 15));
        assertThat(nights.progress()).isEqualTo(new BigDecimal("1.025"));
        // 310 on 30/09/2000; the 590 of March 2001 comes after the year: (310 - 120) / (600 - 120) = 0.3958…
        IndicatorResult pupils = results.indicators().get(1);
        assertThat(pupils.value()).isEqualByComparingTo("310");
        assertThat(pupils.measuredOn()).isEqualTo(LocalDate.of(2000, 9, 30));
        assertThat(pupils.progress()).isEqualTo(new BigDecimal("0.396"));
        IndicatorResult sessions = results.indicators().get(2);
        assertThat(sessions.value()).isNull();
        assertThat(sessions.progress()).isNull();
        // (1.025 + 0.396) / 2
        assertThat(results.averageProgress()).isEqualTo(new BigDecimal("0.711"));
    }

    @Test
    void impactIsTheYearsAssessmentAsCorrected() {
        YearReport report = report2000();
        ContractReport bastia = contract(report, EVENTS.bastia.value());
        assertThat(bastia.impact().recorded()).isTrue();
        assertThat(bastia.impact().results()).isEqualTo("Correspondants de nuit achevés");
        assertThat(bastia.impact().impact()).isEqualTo("Baisse de 15 % des vols à la roulotte");
        assertThat(bastia.impact().perceptionChange()).isEqualTo("Sentiment d'insécurité en recul");
        assertThat(bastia.impact().correction()).isTrue();
        assertThat(bastia.impact().recordedOn()).isEqualTo(JANUARY_2001);
        assertThat(bastia.proposals()).containsExactly("Étendre les correspondants de nuit à Lupino",
                                                       "=1+1; créer un poste de coordonnateur",
                                                       "<script>alert(1)</script>");
        ContractReport corte = contract(report, EVENTS.corte.value());
        assertThat(corte.impact().recorded()).isFalse();
        assertThat(corte.impact().note()).isEqualTo("Aucun bilan annuel enregistré pour 2000");
        assertThat(corte.proposals()).isEmpty();
    }

    @Test
    void followUpCountsWhatHappenedInTheYear() {
        YearReport.FollowUp followUp = contract(report2000(), EVENTS.bastia.value()).followUp();
        assertThat(followUp.committeeMeetings().count()).isEqualTo(2);
        assertThat(followUp.committeeMeetings().meetings()).containsExactly(
                new YearReport.Meeting(LocalDate.of(2000, 3, 15), "M. Jean Durand", "PREFET"),
                new YearReport.Meeting(LocalDate.of(2000, 10, 5), "Mme Claire Martin", "SOUS_PREFET"));
        // version 2 of 10/02/2000 was in force on 31/12/2000 (version 3 came in 2001): 10 months and 21 days old
        assertThat(followUp.diagnostic()).isEqualTo(new YearReport.DiagnosticAge(2, LocalDate.of(2000, 2, 10), 10));
        assertThat(followUp.reviewMeetings()).isEqualTo(new YearReport.Dates(
                2, List.of(LocalDate.of(2000, 5, 20), LocalDate.of(2000, 11, 18))));
        assertThat(followUp.communications()).isEqualTo(new YearReport.Communications(
                1, List.of(new YearReport.Communication(LocalDate.of(2000, 4, 4), "presse locale", "habitants"))));
        assertThat(followUp.followUpConditions()).isEqualTo("Comité réuni deux fois");
        // transferred in 2002
        assertThat(followUp.transferredTo()).isNull();
        assertThat(contract(report("2B", 2002, LocalDate.of(2003, 1, 15)), EVENTS.bastia.value())
                           .followUp().transferredTo())
                .isEqualTo(new YearReport.Transfer("CLSPD de Bastia", LocalDate.of(2002, 3, 1)));
    }

    @Test
    void flagsAreThoseOfTheEndOfTheYear() {
        YearReport report = report2000();
        // today Bastia's diagnostic (2001) postdates community policing; on 31/12/2000 version 2 did not
        assertThat(contract(report, EVENTS.bastia.value()).flags())
                .containsExactly(Flags.DIAGNOSTIC_BEFORE_PROXIMITY);
        assertThat(contract(report, EVENTS.corte.value()).flags()).containsExactly(
                Flags.DIAGNOSTIC_BEFORE_PROXIMITY, Flags.COMMITTEE_OVERDUE, Flags.MEASUREMENTS_STALE,
                Flags.ACTION_NOT_DECLINED, Flags.PARTNERS_MISSING);
        assertThat(contract(report, EVENTS.corte.value()).flagDetails()).extracting(Flags.Flag::message)
                .contains("Pas de comité de pilotage depuis le 2000-04-10");
        ContractReport transports = contract(report, EVENTS.transports.value());
        assertThat(transports.status()).isEqualTo("ENDED");
        assertThat(transports.endedOn()).isEqualTo(LocalDate.of(2000, 6, 30));
        assertThat(transports.endReason()).isEqualTo("DENOUNCED");
        assertThat(transports.flags()).isEmpty();
    }

    @Test
    void totalsAddTheContractsUp() {
        YearReport.Totals totals = report2000().totals();
        assertThat(totals.contractsReported()).isEqualTo(3);
        assertThat(totals.signedDuringYear()).isEqualTo(1);
        assertThat(totals.endedDuringYear()).isEqualTo(1);
        assertThat(totals.populationCovered()).isEqualTo(72000);
        assertThat(totals.actionsCompleted()).isEqualTo(1);
        assertThat(totals.actionsInProgress()).isEqualTo(2);
        assertThat(totals.actionsAbandoned()).isEqualTo(1);
        assertThat(totals.actionsPlanned()).isEqualTo(1);
        assertThat(totals.indicators()).isEqualTo(5);
        assertThat(totals.averageProgress()).isEqualTo(new BigDecimal("0.711"));
        assertThat(totals.committeeMeetingsHeld()).isEqualTo(3);
        assertThat(totals.reviewMeetingsHeld()).isEqualTo(2);
        assertThat(totals.communications()).isEqualTo(1);
        assertThat(totals.contractsWithoutAssessment()).isEqualTo(2);
        assertThat(totals.contractsWithFlag()).containsExactly(
                entry(Flags.DIAGNOSTIC_MISSING, 0), entry(Flags.DIAGNOSTIC_STALE, 0),
                entry(Flags.DIAGNOSTIC_BEFORE_PROXIMITY, 2), entry(Flags.COMMITTEE_OVERDUE, 1),
                entry(Flags.ASSESSMENT_MISSING, 0), entry(Flags.MEASUREMENTS_STALE, 1),
                entry(Flags.ACTION_NOT_DECLINED, 1), entry(Flags.PARTNERS_MISSING, 1));
        assertThat(totals.proposals()).extracting(YearReport.Proposal::text).containsExactly(
                "Étendre les correspondants de nuit à Lupino", "=1+1; créer un poste de coordonnateur",
                "<script>alert(1)</script>");
        assertThat(totals.proposals()).extracting(YearReport.Proposal::contractTitle)
                                      .containsOnly(ReportEvents.HOSTILE_TITLE);
    }

    @Test
    void aYearNotOverStandsAtToday() {
        YearReport report = report("2B", 2000, LocalDate.of(2000, 7, 1));
        assertThat(report.asOf()).isEqualTo(LocalDate.of(2000, 7, 1));
        assertThat(report.yearOver()).isFalse();
        ContractReport bastia = contract(report, EVENTS.bastia.value());
        assertThat(bastia.followUp().committeeMeetings().count()).isEqualTo(1);
        assertThat(bastia.followUp().diagnostic().ageInMonths()).isEqualTo(4);
        assertThat(bastia.results().completed()).extracting(FinishedAction::actionId).containsExactly("A1");
        // abandoned in October, and measured in September: neither yet
        assertThat(bastia.results().abandoned()).isEmpty();
        assertThat(bastia.results().planned()).extracting(YearReport.ActionRef::actionId).containsExactly("A4");
        assertThat(bastia.results().indicators().get(1).value()).isNull();
        // the transports contract ended on 30 June: still in, ended
        assertThat(contract(report, EVENTS.transports.value()).status()).isEqualTo("ENDED");
    }

    @Test
    void aYearToComeHasNoReportAndADepartementWithoutContractsAnEmptyOne() {
        assertThatThrownBy(() -> report("2B", 2002, LocalDate.of(2001, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class);
        YearReport empty = report("2A", 2000, JANUARY_2001);
        assertThat(empty.departementName()).isEqualTo("Corse-du-Sud");
        assertThat(empty.contracts()).isEmpty();
        assertThat(empty.totals().contractsReported()).isZero();
        assertThat(empty.totals().averageProgress()).isNull();
        assertThat(empty.totals().contractsWithFlag().values()).containsOnly(0);
        assertThat(ReportCsv.write(empty)).isNotEmpty();
        assertThat(new String(ReportHtml.write(empty), StandardCharsets.UTF_8))
                .contains("Aucun contrat local de sécurité signé dans le département au 31/12/2000.");
    }

    @Test
    void theJsonFormCarriesTheFigures() throws Exception {
        JsonNode json = SPRING_JSON.readTree(SPRING_JSON.writeValueAsBytes(report2000()));
        assertThat(json.path("departement").asText()).isEqualTo("2B");
        assertThat(json.path("departementName").asText()).isEqualTo("Haute-Corse");
        assertThat(json.path("year").asInt()).isEqualTo(2000);
        assertThat(json.path("asOf").asText()).isEqualTo("2000-12-31");
        JsonNode bastia = json.path("contracts").get(1);
        assertThat(bastia.path("contractId").asText()).isEqualTo(EVENTS.bastia.value());
        assertThat(bastia.path("signedOn").asText()).isEqualTo("1999-03-01");
        assertThat(bastia.at("/results/completed/0/on").asText()).isEqualTo("2000-06-15");
        assertThat(bastia.at("/results/indicators/1/progress").decimalValue()).isEqualByComparingTo("0.396");
        assertThat(bastia.at("/impact/impact").asText()).isEqualTo("Baisse de 15 % des vols à la roulotte");
        assertThat(bastia.at("/followUp/committeeMeetings/count").asInt()).isEqualTo(2);
        assertThat(bastia.at("/followUp/diagnostic/ageInMonths").asInt()).isEqualTo(10);
        assertThat(bastia.at("/flags/0").asText()).isEqualTo(Flags.DIAGNOSTIC_BEFORE_PROXIMITY);
        assertThat(json.at("/totals/contractsReported").asInt()).isEqualTo(3);
        assertThat(json.at("/totals/contractsWithFlag/committee-overdue").asInt()).isEqualTo(1);
        assertThat(json.at("/totals/proposals")).hasSize(3);
        assertThat(json.at("/contracts/2/impact/recorded").asBoolean()).isFalse();
    }

    @Test
    void theCsvFormHasARowPerContractAndATotalsRow() {
        byte[] bytes = ReportCsv.write(report2000());
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<Map<String, String>> rows = Csv.parse(new String(bytes, StandardCharsets.UTF_8));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).keySet()).containsExactlyElementsOf(ReportCsv.HEADERS);
        Map<String, String> bastia = rows.get(1);
        assertThat(bastia).containsEntry("Contrat", EVENTS.bastia.value())
                          .containsEntry("Intitulé", ReportEvents.HOSTILE_TITLE)
                          .containsEntry("Situation", "signé")
                          .containsEntry("Signé le", "01/03/1999")
                          .containsEntry("Signé dans l'année", "non")
                          .containsEntry("Population couverte", "40000")
                          .containsEntry("Actions achevées dans l'année", "1")
                          .containsEntry("Actions en cours", "1")
                          .containsEntry("Actions abandonnées dans l'année", "1")
                          .containsEntry("Avancement moyen des indicateurs (%)", "71,1")
                          .containsEntry("Comités de pilotage tenus", "2")
                          .containsEntry("Dates des comités de pilotage", "15/03/2000, 05/10/2000")
                          .containsEntry("Version du diagnostic", "2")
                          .containsEntry("Âge du diagnostic (mois)", "10")
                          .containsEntry("Réunions de bilan", "2")
                          .containsEntry("Actions de communication", "1")
                          .containsEntry("Bilan annuel enregistré", "oui")
                          .containsEntry("Nombre d'alertes", "1")
                          .containsEntry("Nombre de propositions", "3")
                          // a formula is defused; the separator inside stays in its cell
                          .containsEntry("Propositions", "Étendre les correspondants de nuit à Lupino | "
                                                         + "=1+1; créer un poste de coordonnateur | "
                                                         + "<script>alert(1)</script>");
        Map<String, String> corte = rows.get(2);
        assertThat(corte).containsEntry("Signé dans l'année", "oui")
                         .containsEntry("Bilan annuel enregistré", "non")
                         .containsEntry("Nombre d'alertes", "5")
                         .containsEntry("Avancement moyen des indicateurs (%)", "");
        assertThat(rows.get(0)).containsEntry("Situation", "terminé").containsEntry("Terminé le", "30/06/2000");
        Map<String, String> totals = rows.get(3);
        assertThat(totals).containsEntry("Contrat", "Total du département")
                          .containsEntry("Intitulé", "3 contrats")
                          .containsEntry("Signé dans l'année", "1")
                          .containsEntry("Population couverte", "72000")
                          .containsEntry("Actions achevées dans l'année", "1")
                          .containsEntry("Comités de pilotage tenus", "3")
                          .containsEntry("Bilan annuel enregistré", "2 sans bilan")
                          .containsEntry("Nombre d'alertes", "6")
                          .containsEntry("Nombre de propositions", "3");
    }

    @Test
    void aCsvCellAFormulaWouldRunIsDefused() {
        assertThat(ReportCsv.text("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(ReportCsv.text("-1")).isEqualTo("'-1");
        assertThat(ReportCsv.text("a;b")).isEqualTo("\"a;b\"");
        assertThat(ReportCsv.text("Lyon")).isEqualTo("Lyon");
        String raw = new String(ReportCsv.write(report2000()), StandardCharsets.UTF_8);
        // a cell that does not start with a formula is left as it is, quoted for its separator
        assertThat(raw).contains("\"Étendre les correspondants de nuit à Lupino | =1+1; créer").contains("\r\n");
    }

    @Test
    void theHtmlFormShowsTheFiguresAndEscapesWhatUsersWrote() {
        String html = new String(ReportHtml.write(report2000()), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>")
                        .contains("<html lang=\"fr\">")
                        .contains("<title>Bilan annuel des contrats locaux de sécurité — Haute-Corse — 2000</title>")
                        .contains("<h1>Bilan annuel des contrats locaux de sécurité — Haute-Corse — 2000</h1>")
                        .contains("Situation au 31/12/2000")
                        .contains("@page")
                        .contains("<th scope=\"row\">Contrats locaux de sécurité suivis dans ce bilan</th>"
                                  + "<td class=\"n\">3</td>")
                        .contains("<th scope=\"row\">Population couverte (habitants)</th>"
                                  + "<td class=\"n\">72\u00a0000</td>")
                        .contains("<td>Correspondants de nuit</td><td>Médiation</td><td>15/06/2000</td>")
                        .contains("102,5\u00a0%")
                        .contains("39,6\u00a0%")
                        .contains("Baisse de 15 % des vols à la roulotte")
                        .contains("Version 2 adoptée le 10/02/2000, âgée de 10 mois au 31/12/2000.")
                        .contains("M. Jean Durand (préfet)")
                        .contains("Mme Claire Martin (sous-préfète déléguée)")
                        .contains("Aucun bilan annuel enregistré pour 2000.")
                        .contains("Pas de comité de pilotage depuis le 2000-04-10")
                        .contains("Étendre les correspondants de nuit à Lupino")
                        .contains("Contrat local de sécurité de Bastia &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; "
                                  + "&amp; Cie")
                        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                        .doesNotContain("<script")
                        .doesNotContain("<link")
                        .doesNotContain("src=")
                        .doesNotContain("http://")
                        .doesNotContain("https://");
        assertThat(html.split("<section class=\"contrat\">", -1)).hasSize(4);
        assertThat(ReportHtml.CONTENT_SECURITY_POLICY).startsWith("default-src 'none'; style-src 'sha256-");
    }

    @Test
    void everyDepartementHasItsName() {
        assertThat(Departements.all()).hasSize(101);
        Departements.all().keySet().forEach(code ->
                assertThat(fr.interieur.cls.events.types.DepartementCode.of(code).value()).isEqualTo(code));
        assertThat(Departements.name("69")).isEqualTo("Rhône");
        assertThat(Departements.name("93")).isEqualTo("Seine-Saint-Denis");
        assertThat(Departements.name("2A")).isEqualTo("Corse-du-Sud");
        assertThat(Departements.name("974")).isEqualTo("La Réunion");
    }
}
