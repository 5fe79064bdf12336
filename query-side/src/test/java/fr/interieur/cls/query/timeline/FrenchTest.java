package fr.interieur.cls.query.timeline;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The way sentences write numbers, counts, lists, names and free text. */
class FrenchTest {

    private static final String NBSP = "\u00a0";

    @Test
    void numbersGroupThousandsWithANoBreakSpaceAndUseADecimalComma() {
        assertThat(French.number(0)).isEqualTo("0");
        assertThat(French.number(999)).isEqualTo("999");
        assertThat(French.number(1000)).isEqualTo("1" + NBSP + "000");
        assertThat(French.number(445452)).isEqualTo("445" + NBSP + "452");
        assertThat(French.number(12_345_678)).isEqualTo("12" + NBSP + "345" + NBSP + "678");
        assertThat(French.number(new BigDecimal("12.50"))).isEqualTo("12,5");
        assertThat(French.number(new BigDecimal("1E+3"))).isEqualTo("1" + NBSP + "000");
        assertThat(French.number(new BigDecimal("-1234.05"))).isEqualTo("-1" + NBSP + "234,05");
    }

    @Test
    void datesReadDayMonthYear() {
        assertThat(French.date(LocalDate.of(1999, 1, 5))).isEqualTo("05/01/1999");
    }

    @Test
    void countsSayNoneOneOrMany() {
        assertThat(French.count(0, "aucune décision", "décision", "décisions")).isEqualTo("aucune décision");
        assertThat(French.count(1, "aucune décision", "décision", "décisions")).isEqualTo("1 décision");
        assertThat(French.count(2, "aucune décision", "décision", "décisions")).isEqualTo("2 décisions");
        assertThat(French.count(1500, "", "habitant", "habitants")).isEqualTo("1" + NBSP + "500 habitants");
    }

    @Test
    void longListsEndWithHowManyMore() {
        assertThat(French.list(List.of("A", "B", "C"), 3)).isEqualTo("A, B, C");
        assertThat(French.list(List.of("A", "B", "C"), 2)).isEqualTo("A, B et 1 autre");
        assertThat(French.list(List.of("A", "B", "C", "D"), 2)).isEqualTo("A, B et 2 autres");
    }

    @Test
    void ofElidesAndContracts() {
        assertThat(French.of("Lyon")).isEqualTo("de Lyon");
        assertThat(French.of("Orléans")).isEqualTo("d'Orléans");
        assertThat(French.of("Le Havre")).isEqualTo("du Havre");
        assertThat(French.of("Les Mureaux")).isEqualTo("des Mureaux");
        assertThat(French.of("La Rochelle")).isEqualTo("de La Rochelle");
    }

    @Test
    void aTitleSaysAWomanHoldsTheOffice() {
        assertThat(French.feminine("Mme Claire Martin")).isTrue();
        assertThat(French.feminine("Madame la sous-préfète")).isTrue();
        assertThat(French.feminine("M. Paul Girard")).isFalse();
        assertThat(French.feminine("Claire Martin")).isFalse();
    }

    @Test
    void freeTextIsOneLineWithoutItsFullStopAndCutBetweenWords() {
        assertThat(French.excerpt("  Réunion   publique\nà la mairie.  ")).isEqualTo("Réunion publique à la mairie");
        String longText = "mot ".repeat(80);
        String excerpt = French.excerpt(longText);
        assertThat(excerpt).endsWith("mot…").hasSizeLessThanOrEqualTo(201);
        assertThat(French.sentence(excerpt)).isEqualTo(excerpt);
        assertThat(French.sentence("Fin")).isEqualTo("Fin.");
    }
}
