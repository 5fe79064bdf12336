package fr.interieur.cls.query.timeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * How the sentences write dates, numbers, counts and lists: the way a French administrative text does, and the
 * same on every machine (no dependency on the JVM's locale data, which changed its grouping space in JDK 13).
 */
final class French {

    /** Groups thousands: a no-break space, so that a number is never cut at the end of a line. */
    static final char GROUPING = '\u00a0';

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final int EXCERPT = 200;

    private French() {
    }

    static String date(LocalDate date) {
        return date == null ? "date inconnue" : DATE.format(date);
    }

    static String number(long value) {
        return number(BigDecimal.valueOf(value));
    }

    /** 445452 as "445 452", 12.50 as "12,5". */
    static String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        String text = plain.abs().toPlainString();
        int dot = text.indexOf('.');
        String integer = dot < 0 ? text : text.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + text.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append(GROUPING);
            }
            grouped.append(integer.charAt(i));
        }
        return (plain.signum() < 0 ? "-" : "") + grouped + fraction;
    }

    /** "aucune décision", "1 décision", "3 décisions" (French counts 0 and 1 in the singular). */
    static String count(long n, String none, String one, String many) {
        if (n == 0) {
            return none;
        }
        return n == 1 ? "1 " + one : number(n) + " " + many;
    }

    /** "A, B, C", and "A, B et 4 autres" beyond {@code max}. */
    static String list(List<String> items, int max) {
        if (items.size() <= max) {
            return String.join(", ", items);
        }
        int more = items.size() - max;
        return String.join(", ", items.subList(0, max)) + " et " + (more == 1 ? "1 autre" : more + " autres");
    }

    /** "de Lyon", "d'Orléans", "du Havre", "des Mureaux". */
    static String of(String name) {
        if (name.startsWith("Le ")) {
            return "du " + name.substring(3);
        }
        if (name.startsWith("Les ")) {
            return "des " + name.substring(4);
        }
        if (!name.isEmpty() && "AEIOUYÂÀÉÈÊËÎÏÔÛÙÜaeiouyâàéèêëîïôûùü".indexOf(name.charAt(0)) >= 0) {
            return "d'" + name;
        }
        return "de " + name;
    }

    /** A name that says its holder is a woman: "Mme Claire Martin". */
    static boolean feminine(String name) {
        String text = name.strip().toLowerCase(Locale.ROOT);
        return text.startsWith("mme ") || text.startsWith("mme. ") || text.startsWith("madame ")
               || text.startsWith("mlle ") || text.startsWith("mademoiselle ");
    }

    /**
     * Free text a user wrote (a summary, a council's name) inside a sentence: one line, at most 200 characters
     * cut between words, without its final full stop (the sentence puts its own).
     */
    static String excerpt(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() > EXCERPT) {
            int cut = line.lastIndexOf(' ', EXCERPT);
            line = line.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT).strip() + "…";
        }
        while (line.endsWith(".")) {
            line = line.substring(0, line.length() - 1).strip();
        }
        return line;
    }

    /** Ends a sentence with a full stop unless it ends with its own mark already. */
    static String sentence(String text) {
        return text.endsWith("…") || text.endsWith("!") || text.endsWith("?") ? text : text + ".";
    }
}
