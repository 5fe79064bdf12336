package fr.interieur.cls.query.report;

import fr.interieur.cls.query.report.YearReport.ContractReport;
import fr.interieur.cls.query.report.YearReport.Totals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report as a spreadsheet, the way French spreadsheet users open it: UTF-8 with a byte order mark (without
 * it, Excel reads accents as Windows-1252), {@code ;} between cells, decimal commas, dates as dd/MM/yyyy, lines
 * ending in CRLF (RFC 4180). One row per contract with its key figures, then a totals row.
 * <p>
 * Free text that a spreadsheet would take for a formula (starting with =, +, -, @) is prefixed with an
 * apostrophe, so that a title typed in a préfecture cannot run anything on the ministry's computers.
 */
final class ReportCsv {

    static final String SEPARATOR = ";";

    static final List<String> HEADERS = List.of(
            "Contrat", "Intitulé", "Situation", "Signé le", "Signé dans l'année", "Terminé le", "Population couverte",
            "Actions achevées dans l'année", "Actions en cours", "Actions abandonnées dans l'année",
            "Actions prévues", "Indicateurs suivis", "Avancement moyen des indicateurs (%)",
            "Comités de pilotage tenus", "Dates des comités de pilotage", "Version du diagnostic",
            "Âge du diagnostic (mois)", "Réunions de bilan", "Actions de communication", "Suivi transféré au CLSPD",
            "Bilan annuel enregistré", "Nombre d'alertes", "Alertes", "Nombre de propositions", "Propositions");

    private ReportCsv() {
    }

    static byte[] write(YearReport report) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, HEADERS.stream().map(ReportCsv::text).toList());
        for (ContractReport contract : report.contracts()) {
            line(csv, row(contract));
        }
        line(csv, totals(report.totals()));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> row(ContractReport contract) {
        YearReport.Results results = contract.results();
        YearReport.FollowUp followUp = contract.followUp();
        return List.of(
                text(contract.contractId()),
                text(contract.title()),
                text(Wording.contractStatus(contract.status())),
                Wording.date(contract.signedOn()),
                Wording.yesNo(contract.signedDuringYear()),
                Wording.date(contract.endedOn()),
                String.valueOf(contract.populationCovered()),
                String.valueOf(results.completed().size()),
                String.valueOf(results.inProgress().size()),
                String.valueOf(results.abandoned().size()),
                String.valueOf(results.planned().size()),
                String.valueOf(results.indicators().size()),
                Wording.percent(results.averageProgress()),
                String.valueOf(followUp.committeeMeetings().count()),
                Wording.dates(followUp.committeeMeetings().meetings().stream().map(YearReport.Meeting::heldOn)
                                      .toList()),
                followUp.diagnostic() == null ? "" : String.valueOf(followUp.diagnostic().version()),
                followUp.diagnostic() == null ? "" : String.valueOf(followUp.diagnostic().ageInMonths()),
                String.valueOf(followUp.reviewMeetings().count()),
                String.valueOf(followUp.communications().count()),
                followUp.transferredTo() == null ? ""
                        : text(followUp.transferredTo().council() + " (" + Wording.date(
                                followUp.transferredTo().transferredOn()) + ")"),
                Wording.yesNo(contract.impact().recorded()),
                String.valueOf(contract.flags().size()),
                text(String.join(", ", contract.flags().stream().map(Wording::flag).toList())),
                String.valueOf(contract.proposals().size()),
                text(String.join(" | ", contract.proposals())));
    }

    private static List<String> totals(Totals totals) {
        List<String> flagged = new ArrayList<>();
        int flags = 0;
        for (Map.Entry<String, Integer> entry : totals.contractsWithFlag().entrySet()) {
            if (entry.getValue() > 0) {
                flagged.add(Wording.flag(entry.getKey()) + " : " + entry.getValue());
                flags += entry.getValue();
            }
        }
        return List.of(
                "Total du département",
                totals.contractsReported() + (totals.contractsReported() > 1 ? " contrats" : " contrat"),
                "",
                "",
                String.valueOf(totals.signedDuringYear()),
                "",
                String.valueOf(totals.populationCovered()),
                String.valueOf(totals.actionsCompleted()),
                String.valueOf(totals.actionsInProgress()),
                String.valueOf(totals.actionsAbandoned()),
                String.valueOf(totals.actionsPlanned()),
                String.valueOf(totals.indicators()),
                Wording.percent(totals.averageProgress()),
                String.valueOf(totals.committeeMeetingsHeld()),
                "",
                "",
                "",
                String.valueOf(totals.reviewMeetingsHeld()),
                String.valueOf(totals.communications()),
                "",
                text(totals.contractsWithoutAssessment() + " sans bilan"),
                String.valueOf(flags),
                text(String.join(", ", flagged)),
                String.valueOf(totals.proposals().size()),
                "");
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(String.join(SEPARATOR, cells)).append("\r\n");
    }

    /** A cell of free text: defused if a spreadsheet would run it, quoted if it holds a separator or a quote. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String cell = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (cell.contains(SEPARATOR) || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
            || !cell.equals(cell.strip())) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
