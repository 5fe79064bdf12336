package fr.interieur.cls.query.report;

import fr.interieur.cls.query.contract.Flags;
import fr.interieur.cls.query.report.YearReport.ContractReport;
import fr.interieur.cls.query.report.YearReport.FinishedAction;
import fr.interieur.cls.query.report.YearReport.IndicatorResult;
import fr.interieur.cls.query.report.YearReport.Totals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The report as a page to print and send: in French, one section per contract, tables, a print style sheet
 * (A4, a contract per page, table headers repeated on each page). Self-contained: no script, no image, no font
 * or style sheet fetched from anywhere; the style sheet is inline and the only thing the page's Content Security
 * Policy lets it use. Every text that comes from the data is HTML-escaped.
 */
final class ReportHtml {

    static final String STYLE = """
            @page { size: A4; margin: 15mm 14mm; }
            body { font-family: Arial, Helvetica, sans-serif; font-size: 10pt; color: #111; line-height: 1.35; \
            max-width: 190mm; margin: 0 auto; padding: 8mm 0; }
            h1 { font-size: 16pt; margin: 0 0 4pt; }
            h2 { font-size: 13pt; border-bottom: 1.5pt solid #000091; color: #000091; margin: 14pt 0 6pt; }
            h3 { font-size: 11pt; margin: 10pt 0 4pt; }
            h4 { font-size: 10pt; margin: 6pt 0 3pt; }
            p { margin: 3pt 0; }
            table { border-collapse: collapse; width: 100%; margin: 3pt 0 8pt; }
            th, td { border: 0.75pt solid #777; padding: 2pt 4pt; text-align: left; vertical-align: top; }
            th { background: #eee; }
            td.n, th.n { text-align: right; white-space: nowrap; }
            thead { display: table-header-group; }
            tr, li, dd { break-inside: avoid; page-break-inside: avoid; }
            h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
            dt { font-weight: bold; margin-top: 4pt; }
            dd { margin: 0 0 0 12pt; }
            .entete, .note { color: #444; }
            .absent { font-style: italic; }
            section.contrat { break-before: page; page-break-before: always; }
            @media screen { body { padding: 12mm; } }
            """;

    /** Lets the page use its own inline style sheet and nothing else. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(STYLE)
                                                  + "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final StringBuilder html = new StringBuilder();
    private final YearReport report;
    private final String asOf;

    private ReportHtml(YearReport report) {
        this.report = report;
        this.asOf = Wording.date(report.asOf());
    }

    static byte[] write(YearReport report) {
        return new ReportHtml(report).page().getBytes(StandardCharsets.UTF_8);
    }

    static String title(YearReport report) {
        return "Bilan annuel des contrats locaux de sécurité — " + report.departementName() + " — " + report.year();
    }

    private String page() {
        String title = escape(title(report));
        html.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
            .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .append("<title>").append(title).append("</title>\n")
            .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n<header>\n")
            .append("<p class=\"entete\">Ministère de l'Intérieur — Département : ")
            .append(escape(report.departementName())).append(" (").append(escape(report.departement()))
            .append(")</p>\n<h1>").append(title).append("</h1>\n")
            .append("<p class=\"note\">Bilan des résultats obtenus grâce aux contrats locaux de sécurité signés, de ")
            .append("leur impact sur la sécurité et des conditions effectives de leur suivi, avec les propositions ")
            .append("pour en conforter l'efficacité (circulaire du ministre de l'Intérieur du 16 octobre 2000).</p>\n")
            .append("<p>Situation au ").append(asOf).append(". Établi le ")
            .append(Wording.date(report.generatedOn())).append(".");
        if (!report.yearOver()) {
            html.append(" L'année ").append(report.year()).append(" n'est pas achevée : ce bilan est provisoire.");
        }
        html.append("</p>\n</header>\n");
        summary(report.totals());
        proposals(report.totals().proposals());
        report.contracts().forEach(this::contract);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private void summary(Totals totals) {
        html.append("<section class=\"synthese\">\n<h2>Synthèse départementale</h2>\n<table>\n<tbody>\n");
        figure("Contrats locaux de sécurité suivis dans ce bilan", totals.contractsReported());
        figure("dont signés dans l'année", totals.signedDuringYear());
        figure("dont terminés dans l'année", totals.endedDuringYear());
        figure("Population couverte (habitants)", totals.populationCovered());
        figure("Actions achevées dans l'année", totals.actionsCompleted());
        figure("Actions en cours au " + asOf, totals.actionsInProgress());
        figure("Actions abandonnées dans l'année", totals.actionsAbandoned());
        figure("Actions prévues, non commencées", totals.actionsPlanned());
        figure("Indicateurs suivis", totals.indicators());
        row("Avancement moyen des indicateurs vers leur cible", percent(totals.averageProgress()));
        figure("Réunions du comité de pilotage", totals.committeeMeetingsHeld());
        figure("Réunions de bilan", totals.reviewMeetingsHeld());
        figure("Actions de communication avec la population", totals.communications());
        figure("Contrats sans bilan annuel " + report.year(), totals.contractsWithoutAssessment());
        html.append("</tbody>\n</table>\n");
        if (!report.contracts().isEmpty()) {
            html.append("<h3>Alertes au ").append(asOf).append("</h3>\n<table>\n<thead><tr><th>Alerte</th>")
                .append("<th class=\"n\">Contrats concernés</th></tr></thead>\n<tbody>\n");
            for (Map.Entry<String, Integer> entry : totals.contractsWithFlag().entrySet()) {
                row(escape(Wording.flag(entry.getKey())), Wording.number(entry.getValue()));
            }
            html.append("</tbody>\n</table>\n");
            overview();
        } else {
            html.append("<p class=\"absent\">Aucun contrat local de sécurité signé dans le département au ")
                .append(asOf).append(".</p>\n");
        }
        html.append("</section>\n");
    }

    private void overview() {
        html.append("<h3>Les contrats en un coup d'œil</h3>\n<table>\n<thead><tr><th>Contrat</th><th>Signé le</th>")
            .append("<th class=\"n\">Actions achevées</th><th class=\"n\">Comités de pilotage</th>")
            .append("<th class=\"n\">Âge du diagnostic (mois)</th><th>Bilan annuel</th>")
            .append("<th class=\"n\">Alertes</th></tr></thead>\n<tbody>\n");
        for (ContractReport contract : report.contracts()) {
            YearReport.FollowUp followUp = contract.followUp();
            html.append("<tr><td>").append(escape(contract.title())).append("</td><td>")
                .append(Wording.date(contract.signedOn())).append("</td><td class=\"n\">")
                .append(contract.results().completed().size()).append("</td><td class=\"n\">")
                .append(followUp.committeeMeetings().count()).append("</td><td class=\"n\">")
                .append(followUp.diagnostic() == null ? "—" : String.valueOf(followUp.diagnostic().ageInMonths()))
                .append("</td><td>").append(contract.impact().recorded() ? "enregistré" : "absent")
                .append("</td><td class=\"n\">").append(contract.flags().size()).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private void proposals(List<YearReport.Proposal> proposals) {
        html.append("<section class=\"propositions\">\n<h2>Propositions pour conforter l'efficacité des contrats")
            .append("</h2>\n");
        if (proposals.isEmpty()) {
            html.append("<p class=\"absent\">Aucune proposition enregistrée dans les bilans de l'année.</p>\n");
        } else {
            html.append("<ul>\n");
            for (YearReport.Proposal proposal : proposals) {
                html.append("<li>").append(text(proposal.text())).append(" <span class=\"note\">(")
                    .append(escape(proposal.contractTitle())).append(")</span></li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    private void contract(ContractReport contract) {
        html.append("<section class=\"contrat\">\n<h2>").append(escape(contract.title())).append("</h2>\n")
            .append("<p class=\"entete\">Contrat ").append(escape(contract.contractId())).append(" — signé le ")
            .append(Wording.date(contract.signedOn()));
        if (contract.signedDuringYear()) {
            html.append(" (dans l'année)");
        }
        if (contract.endedOn() != null) {
            html.append(" — terminé le ").append(Wording.date(contract.endedOn())).append(", ")
                .append(escape(Wording.endReason(contract.endReason())));
        }
        html.append(" — population couverte : ").append(Wording.number(contract.populationCovered()))
            .append(" habitants</p>\n");
        results(contract.results());
        impact(contract.impact());
        followUp(contract.followUp());
        html.append("<h3>4. Alertes au ").append(asOf).append("</h3>\n");
        if (contract.flagDetails().isEmpty()) {
            html.append("<p class=\"absent\">Aucune alerte.</p>\n");
        } else {
            html.append("<ul>\n");
            for (Flags.Flag flag : contract.flagDetails()) {
                html.append("<li>").append(escape(flag.message())).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("<h3>5. Propositions</h3>\n");
        list(contract.proposals(), "Aucune proposition enregistrée.");
        html.append("</section>\n");
    }

    private void results(YearReport.Results results) {
        html.append("<h3>1. Résultats de l'année</h3>\n<h4>Actions achevées dans l'année</h4>\n");
        finished(results.completed(), "Achevée le", "Aucune action achevée dans l'année.");
        html.append("<h4>Actions en cours au ").append(asOf).append("</h4>\n");
        list(results.inProgress().stream().map(a -> a.title() + " (" + Wording.theme(a.theme()) + ")").toList(),
             "Aucune action en cours.");
        if (!results.abandoned().isEmpty()) {
            html.append("<h4>Actions abandonnées dans l'année</h4>\n");
            finished(results.abandoned(), "Abandonnée le", "");
        }
        if (!results.planned().isEmpty()) {
            html.append("<h4>Actions prévues, non commencées</h4>\n");
            list(results.planned().stream().map(a -> a.title() + " (" + Wording.theme(a.theme()) + ")").toList(), "");
        }
        html.append("<h4>Indicateurs</h4>\n");
        if (results.indicators().isEmpty()) {
            html.append("<p class=\"absent\">Aucun indicateur.</p>\n");
            return;
        }
        html.append("<table>\n<thead><tr><th>Action</th><th>Indicateur</th><th class=\"n\">Référence</th>")
            .append("<th class=\"n\">Cible</th><th class=\"n\">Valeur au ").append(asOf).append("</th>")
            .append("<th>Mesurée le</th><th class=\"n\">Chemin parcouru</th></tr></thead>\n<tbody>\n");
        for (IndicatorResult indicator : results.indicators()) {
            html.append("<tr><td>").append(escape(indicator.actionTitle())).append("</td><td>")
                .append(escape(indicator.name())).append(" <span class=\"note\">(")
                .append(escape(indicator.unit())).append(")</span></td><td class=\"n\">")
                .append(number(indicator.baseline())).append("</td><td class=\"n\">")
                .append(number(indicator.target())).append("</td><td class=\"n\">")
                .append(indicator.value() == null ? "non mesuré" : number(indicator.value()))
                .append("</td><td>").append(Wording.date(indicator.measuredOn())).append("</td><td class=\"n\">")
                .append(percent(indicator.progress())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        if (results.averageProgress() != null) {
            html.append("<p>Avancement moyen des indicateurs vers leur cible : ")
                .append(percent(results.averageProgress())).append(".</p>\n");
        }
    }

    private void finished(List<FinishedAction> actions, String when, String none) {
        if (actions.isEmpty()) {
            html.append("<p class=\"absent\">").append(escape(none)).append("</p>\n");
            return;
        }
        html.append("<table>\n<thead><tr><th>Action</th><th>Thème</th><th>").append(escape(when))
            .append("</th></tr></thead>\n<tbody>\n");
        for (FinishedAction action : actions) {
            html.append("<tr><td>").append(escape(action.title())).append("</td><td>")
                .append(escape(Wording.theme(action.theme()))).append("</td><td>")
                .append(Wording.date(action.on())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private void impact(YearReport.Impact impact) {
        html.append("<h3>2. Impact sur la sécurité</h3>\n");
        if (!impact.recorded()) {
            html.append("<p class=\"absent\">").append(escape(impact.note())).append(".</p>\n");
            return;
        }
        html.append("<dl>\n<dt>Résultats obtenus</dt><dd>").append(text(impact.results())).append("</dd>\n")
            .append("<dt>Impact sur la sécurité</dt><dd>").append(text(impact.impact())).append("</dd>\n")
            .append("<dt>Évolution du sentiment d'insécurité</dt><dd>")
            .append(impact.perceptionChange() == null ? "<span class=\"absent\">non renseignée</span>"
                                                      : text(impact.perceptionChange()))
            .append("</dd>\n</dl>\n");
        if (Boolean.TRUE.equals(impact.correction())) {
            html.append("<p class=\"note\">Bilan rectifié, enregistré le ").append(Wording.date(impact.recordedOn()))
                .append(".</p>\n");
        }
    }

    private void followUp(YearReport.FollowUp followUp) {
        html.append("<h3>3. Conditions du suivi</h3>\n<h4>Comité de pilotage</h4>\n");
        YearReport.CommitteeMeetings meetings = followUp.committeeMeetings();
        if (meetings.count() == 0) {
            html.append("<p class=\"absent\">Le comité de pilotage ne s'est pas réuni dans l'année.</p>\n");
        } else {
            html.append("<p>").append(meetings.count() == 1 ? "1 réunion" : meetings.count() + " réunions")
                .append(" dans l'année.</p>\n<table>\n<thead><tr><th>Date</th><th>Présidence</th></tr></thead>\n")
                .append("<tbody>\n");
            for (YearReport.Meeting meeting : meetings.meetings()) {
                html.append("<tr><td>").append(Wording.date(meeting.heldOn())).append("</td><td>")
                    .append(escape(meeting.chair())).append(" (")
                    .append(escape(Wording.office(meeting.office(), meeting.chair())))
                    .append(")</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        html.append("<h4>Diagnostic local de sécurité</h4>\n");
        if (followUp.diagnostic() == null) {
            html.append("<p class=\"absent\">Aucun diagnostic adopté au ").append(asOf).append(".</p>\n");
        } else {
            YearReport.DiagnosticAge diagnostic = followUp.diagnostic();
            html.append("<p>Version ").append(diagnostic.version()).append(" adoptée le ")
                .append(Wording.date(diagnostic.adoptedOn())).append(", âgée de ").append(diagnostic.ageInMonths())
                .append(" mois au ").append(asOf).append(".</p>\n");
        }
        html.append("<h4>Réunions de bilan et communication</h4>\n<table>\n<tbody>\n");
        row("Réunions de bilan avec les services de l'État et les acteurs de terrain",
            counted(followUp.reviewMeetings().count(), Wording.dates(followUp.reviewMeetings().dates())));
        row("Actions de communication avec la population",
            counted(followUp.communications().count(),
                    String.join(", ", followUp.communications().items().stream()
                                              .map(c -> Wording.date(c.heldOn()) + " (" + c.channel() + ", "
                                                        + c.audience() + ")").toList())));
        row("Suivi transféré à un conseil local (CLSPD)", followUp.transferredTo() == null ? "non"
                : escape(followUp.transferredTo().council()) + ", le "
                  + Wording.date(followUp.transferredTo().transferredOn()));
        html.append("</tbody>\n</table>\n");
        if (followUp.followUpConditions() != null) {
            html.append("<p><strong>Conditions du suivi selon le bilan annuel :</strong> ")
                .append(text(followUp.followUpConditions())).append("</p>\n");
        }
    }

    private String counted(int count, String detail) {
        return count == 0 ? "aucune" : count + " — " + escape(detail);
    }

    private void figure(String label, long value) {
        row(escape(label), Wording.number(value));
    }

    /** A row of a two-column table; both cells are HTML already. */
    private void row(String label, String value) {
        html.append("<tr><th scope=\"row\">").append(label).append("</th><td class=\"n\">").append(value)
            .append("</td></tr>\n");
    }

    private void list(List<String> items, String none) {
        if (items.isEmpty()) {
            if (!none.isEmpty()) {
                html.append("<p class=\"absent\">").append(escape(none)).append("</p>\n");
            }
            return;
        }
        html.append("<ul>\n");
        items.forEach(item -> html.append("<li>").append(text(item)).append("</li>\n"));
        html.append("</ul>\n");
    }

    private static String number(BigDecimal value) {
        return value == null ? "—" : Wording.number(value);
    }

    private static String percent(BigDecimal share) {
        return share == null ? "—" : Wording.percent(share) + "\u00a0%";
    }

    /** Free text as a reader wrote it: escaped, its line breaks kept. */
    private static String text(String value) {
        return escape(value).replace("\r\n", "\n").replace("\n", "<br>\n");
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
