package fr.interieur.cls.events.types;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interieur.cls.events.EventJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BudgetTest {

    private static final BigDecimal ONE_MILLION_FRANCS_IN_EUROS = new BigDecimal("152449.02");

    private final ObjectMapper json = EventJson.newObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"EUR", "FRF"})
    void takesAnIso4217Code(String currency) {
        Budget budget = new Budget(ONE_MILLION_FRANCS_IN_EUROS, currency, List.of("FIV"));

        assertThat(budget.currency()).isEqualTo(currency);
        assertThat(budget.amount()).isEqualTo(ONE_MILLION_FRANCS_IN_EUROS);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"eur", "Eur", "EURO", "EU", "€", " EUR", "EUR ", "F", "E1R"})
    void refusesAnythingButThreeCapitalLetters(String currency) {
        assertThatThrownBy(() -> new Budget(ONE_MILLION_FRANCS_IN_EUROS, currency, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ISO 4217");
    }

    @Test
    void amountIsRequiredAndNotNegative() {
        assertThatThrownBy(() -> new Budget(null, "EUR", List.of())).isInstanceOf(IllegalArgumentException.class)
                                                                    .hasMessage("budget amount is required");
        assertThatThrownBy(() -> new Budget(new BigDecimal("-0.01"), "EUR", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("budget amount must not be negative");
        assertThat(new Budget(BigDecimal.ZERO, "FRF", null).fundingLines()).isEmpty();
    }

    @Test
    void fundingLinesAreFreeTextsNotBlank() {
        assertThat(new Budget(BigDecimal.TEN, "EUR", List.of(" FIV ")).fundingLines()).containsExactly("FIV");
        assertThatThrownBy(() -> new Budget(BigDecimal.TEN, "EUR", List.of("FIV", "")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void amountTravelsAsAPlainDecimalWithItsScale() throws JsonProcessingException {
        Budget budget = new Budget(new BigDecimal("1.5E+5"), "FRF", List.of("FIV"));

        String written = json.writeValueAsString(budget);

        assertThat(written).contains("\"amount\":150000").doesNotContain("E+");
        Budget read = json.readValue("{\"amount\":152449.020,\"currency\":\"EUR\"}", Budget.class);
        assertThat(read.amount()).isEqualTo(new BigDecimal("152449.020"));
    }

    @Test
    void readingAnInvalidCurrencyFails() {
        assertThatThrownBy(() -> json.readValue("{\"amount\":100,\"currency\":\"eur\"}", Budget.class))
                .isInstanceOf(JsonProcessingException.class)
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> json.readValue("{\"amount\":-100,\"currency\":\"EUR\"}", Budget.class))
                .isInstanceOf(JsonProcessingException.class)
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }
}
