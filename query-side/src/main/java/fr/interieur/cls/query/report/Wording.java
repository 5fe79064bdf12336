package fr.interieur.cls.query.report;

import fr.interieur.cls.query.contract.Flags;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The French of the CSV and HTML reports: labels of the domain's codes, dates as dd/MM/yyyy, decimal commas.
 * Written here rather than taken from the JVM's locale data, which has changed between versions (the grouping
 * space of JDK 13), so that a report reads the same on every machine.
 */
final class Wording {

    /** Groups thousands in the HTML page: a no-break space, so that a number is never cut at a line's end. */
    static final char GROUPING = '\u00a0';

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    private Wording() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String dates(List<LocalDate> dates) {
        return String.join(", ", dates.stream().map(Wording::date).toList());
    }

    /** A decimal with a comma and no grouping, as a French spreadsheet reads it: "190,5". */
    static String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        return plain.toPlainString().replace('.', ',');
    }

    /** A decimal as a text reads it: "445 452", "190,5" (no-break spaces). */
    static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String text = decimal(value.abs());
        int comma = text.indexOf(',');
        String integer = comma < 0 ? text : text.substring(0, comma);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append(GROUPING);
            }
            grouped.append(integer.charAt(i));
        }
        return (value.signum() < 0 ? "-" : "") + grouped + (comma < 0 ? "" : text.substring(comma));
    }

    static String number(long value) {
        return number(BigDecimal.valueOf(value));
    }

    /** A share (0.476) as a percentage with one decimal and no % sign: "47,6". */
    static String percent(BigDecimal share) {
        return share == null ? "" : decimal(share.movePointRight(2).setScale(1, RoundingMode.HALF_UP));
    }

    static String yesNo(boolean value) {
        return value ? "oui" : "non";
    }

    static String theme(String code) {
        return switch (code == null ? "" : code) {
            case "CITOYENNETE" -> "Accès à la citoyenneté";
            case "TOXICOMANIES" -> "Lutte contre les toxicomanies";
            case "DELINQUANCE_DES_MINEURS" -> "Délinquance des mineurs";
            case "REINSERTION" -> "Réinsertion";
            case "AIDE_AUX_VICTIMES" -> "Aide aux victimes";
            case "SECURITE_SCOLAIRE" -> "Sécurité scolaire";
            case "TRANSPORTS" -> "Sécurité dans les transports";
            case "PREVENTION_SITUATIONNELLE" -> "Prévention situationnelle";
            case "MEDIATION" -> "Médiation";
            case "AUTRE" -> "Autre thème";
            default -> String.valueOf(code);
        };
    }

    static String contractStatus(String code) {
        return switch (code == null ? "" : code) {
            case "SIGNED" -> "signé";
            case "ENDED" -> "terminé";
            case "IN_PREPARATION" -> "en préparation";
            default -> String.valueOf(code);
        };
    }

    static String endReason(String code) {
        return switch (code == null ? "" : code) {
            case "EXPIRED" -> "arrivé à échéance";
            case "SUPERSEDED" -> "remplacé par un autre contrat";
            case "DENOUNCED" -> "dénoncé";
            default -> String.valueOf(code);
        };
    }

    /** The office of a committee's chair, agreeing with the name when it says its holder is a woman. */
    static String office(String code, String name) {
        boolean feminine = feminine(name);
        return switch (code == null ? "" : code) {
            case "PREFET" -> feminine ? "préfète" : "préfet";
            case "SOUS_PREFET" -> feminine ? "sous-préfète déléguée" : "sous-préfet délégué";
            default -> String.valueOf(code);
        };
    }

    private static boolean feminine(String name) {
        String text = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return text.startsWith("mme ") || text.startsWith("mme. ") || text.startsWith("madame ")
               || text.startsWith("mlle ") || text.startsWith("mademoiselle ");
    }

    /** A flag in a few words, for table headings and CSV cells; the flag's own message says more. */
    static String flag(String code) {
        return switch (code) {
            case Flags.DIAGNOSTIC_MISSING -> "Diagnostic absent";
            case Flags.DIAGNOSTIC_STALE -> "Diagnostic non actualisé";
            case Flags.DIAGNOSTIC_BEFORE_PROXIMITY -> "Diagnostic antérieur à la police de proximité";
            case Flags.COMMITTEE_OVERDUE -> "Comité de pilotage non réuni récemment";
            case Flags.ASSESSMENT_MISSING -> "Bilan annuel de l'année précédente manquant";
            case Flags.MEASUREMENTS_STALE -> "Indicateurs sans mesure récente";
            case Flags.ACTION_NOT_DECLINED -> "Actions non déclinées par secteur";
            case Flags.PARTNERS_MISSING -> "Partenaires à associer";
            default -> code;
        };
    }
}
