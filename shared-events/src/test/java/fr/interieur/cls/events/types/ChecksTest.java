package fr.interieur.cls.events.types;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChecksTest {

    @Test
    void textIsStrippedOfSurroundingWhiteSpace() {
        assertThat(Checks.text("  Vénissieux \n", "name")).isEqualTo("Vénissieux");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ligne 1\nligne 2", "colonne\tcolonne", "ligne 1\r\nligne 2", "Lyon 8e – États-Unis",
            "emoji 🚓 ok", "𝔸 outside the BMP", "guillemets « » et apostrophe ’"})
    void textKeepsTabsLineBreaksAndAnyValidUnicode(String value) {
        assertThat(Checks.text(value, "summary")).isEqualTo(value);
        assertThat(Checks.optionalText(value)).isEqualTo(value);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t", "\n\r ", "\u2003"})
    void textMustNotBeBlank(String value) {
        assertThatThrownBy(() -> Checks.text(value, "summary")).isInstanceOf(IllegalArgumentException.class)
                                                               .hasMessage("summary must not be blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul \u0000 here", "\u0000", "bell \u0007", "backspace \b", "escape \u001B[31m",
            "vertical tab \u000B", "form feed \f", "delete \u007F", "unit separator \u001F x"})
    void textRefusesControlCharactersOtherThanTabAndLineBreaks(String value) {
        assertThatThrownBy(() -> Checks.text(value, "summary")).isInstanceOf(IllegalArgumentException.class)
                                                               .hasMessageContaining("control characters");
        assertThatThrownBy(() -> Checks.optionalText(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lone high \uD83D", "\uD83D", "high then letter \uD83Da", "lone low \uDE80 x", "\uDE80",
            "reversed \uDE80\uD83D pair", "two highs \uD83D\uD83D\uDE80"})
    void textRefusesUnpairedSurrogates(String value) {
        // PostgreSQL's jsonb refuses them: accepting one here would fail the append later
        assertThatThrownBy(() -> Checks.text(value, "summary")).isInstanceOf(IllegalArgumentException.class)
                                                               .hasMessageContaining("valid Unicode");
        assertThatThrownBy(() -> Checks.optionalText(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void optionalTextTurnsBlankIntoNull() {
        assertThat(Checks.optionalText(null)).isNull();
        assertThat(Checks.optionalText("")).isNull();
        assertThat(Checks.optionalText(" \t\n")).isNull();
        assertThat(Checks.optionalText("  note ")).isEqualTo("note");
    }

    @Test
    void identifierReturnsTheValue() {
        assertThat(Checks.identifier("CSP-69-LYON", "district id")).isEqualTo("CSP-69-LYON");
        assertThatThrownBy(() -> Checks.identifier("CSP 69", "district id"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("district id must be");
    }

    @Test
    void presentRefusesNull() {
        assertThat(Checks.present("x", "field")).isEqualTo("x");
        assertThatThrownBy(() -> Checks.present(null, "signedOn")).isInstanceOf(IllegalArgumentException.class)
                                                                  .hasMessage("signedOn is required");
    }

    @Test
    void nonNegativeRefusesNegativeNumbers() {
        assertThat(Checks.nonNegative(0L, "population")).isZero();
        assertThat(Checks.nonNegative(445_452L, "population")).isEqualTo(445_452L);
        assertThatThrownBy(() -> Checks.nonNegative(-1L, "population")).isInstanceOf(IllegalArgumentException.class)
                                                                       .hasMessage("population must not be negative");
        assertThat(Checks.nonNegative(new BigDecimal("0.00"), "amount")).isEqualByComparingTo("0");
        assertThat(Checks.nonNegative(new BigDecimal("-0.00"), "amount")).isEqualByComparingTo("0");
        assertThatThrownBy(() -> Checks.nonNegative(new BigDecimal("-0.01"), "amount"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listCopiesAndFreezes() {
        List<String> source = new ArrayList<>(List.of("a", "b"));

        List<String> copy = Checks.list(source, "values");
        source.add("c");

        assertThat(copy).containsExactly("a", "b");
        assertThatThrownBy(() -> copy.add("d")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Checks.list(null, "values")).isEmpty();
    }

    @Test
    void listRefusesNullElements() {
        assertThatThrownBy(() -> Checks.list(Arrays.asList("a", null), "attendees"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attendees must not contain null");
    }

    @Test
    void textsStripsEntriesAndRefusesBlankOnes() {
        assertThat(Checks.texts(List.of(" décision 1 ", "décision 2"), "decisions"))
                .containsExactly("décision 1", "décision 2");
        assertThatThrownBy(() -> Checks.texts(List.of("décision", " "), "decisions"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("decisions entry");
        assertThatThrownBy(() -> Checks.texts(List.of("nul \u0000"), "decisions"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void distinctRefusesRepeatedEntries() {
        assertThat(Checks.distinct(List.of("S1", "S2"), "sectorIds")).containsExactly("S1", "S2");
        assertThatThrownBy(() -> Checks.distinct(List.of("S1", "S2", "S1"), "sectorIds"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sectorIds must not repeat an entry");
    }

    @Test
    void distinctByComparesTheKeyOnly() {
        Commune lyon = new Commune(InseeCode.of("69123"), "Lyon", 445_452);
        Commune lyonAgain = new Commune(InseeCode.of("69123"), "Lyon (ville)", 445_000);
        Commune venissieux = new Commune(InseeCode.of("69259"), "Vénissieux", 56_487);

        assertThat(Checks.distinctBy(List.of(lyon, venissieux), Commune::code, "communes")).hasSize(2);
        assertThatThrownBy(() -> Checks.distinctBy(List.of(lyon, venissieux, lyonAgain), Commune::code, "communes"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("communes must not repeat an entry");
    }

    @Test
    void requireThrowsItsMessage() {
        Checks.require(true, "never thrown");
        assertThatThrownBy(() -> Checks.require(false, "a delegation cannot end before it starts"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a delegation cannot end before it starts");
    }
}
