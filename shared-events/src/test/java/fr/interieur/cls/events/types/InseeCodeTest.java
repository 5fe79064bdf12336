package fr.interieur.cls.events.types;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interieur.cls.events.EventJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InseeCodeTest {

    private final ObjectMapper json = EventJson.newObjectMapper();

    @ParameterizedTest
    @CsvSource({
            "69123, 69",   // Lyon
            "69259, 69",   // Vénissieux
            "69256, 69",   // Vaulx-en-Velin
            "01001, 01",   // L'Abergement-Clémenciat
            "2A004, 2A",   // Ajaccio
            "2B033, 2B",   // Bastia
            "75056, 75",   // Paris
            "95690, 95",
            "97105, 971",  // Basse-Terre
            "97209, 972",  // Fort-de-France
            "97302, 973",  // Cayenne
            "97411, 974",  // Saint-Denis
            "97611, 976"   // Mamoudzou
    })
    void knowsItsDepartement(String code, String departement) {
        InseeCode insee = InseeCode.of(code);

        assertThat(insee.value()).isEqualTo(code);
        assertThat(insee.departement()).isEqualTo(DepartementCode.of(departement));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "6912", "691234", "69 123", " 69123", "6912A", "69-123",
            "00123", "96123", "98000", "99123",
            "97501",     // Saint-Pierre-et-Miquelon is not a département
            "97701",
            "2C004", "2a004",
            "20004"      // Corsican communes have been 2A/2B since 1976: 20xxx has no département
    })
    void refusesCodesThatAreNotCommunesOfADepartement(String code) {
        assertThatThrownBy(() -> InseeCode.of(code)).isInstanceOf(IllegalArgumentException.class)
                                                    .hasMessageContaining("INSEE");
    }

    @Test
    void isWrittenAsItsCodeAndReadBack() throws JsonProcessingException {
        assertThat(json.writeValueAsString(InseeCode.of("2A004"))).isEqualTo("\"2A004\"");
        assertThat(json.readValue("\"69123\"", InseeCode.class)).isEqualTo(InseeCode.of("69123"));
    }

    @Test
    void readingAnInvalidCodeFails() {
        // a number is not a code: "01001" written as 1001 must not sneak in
        assertThatThrownBy(() -> json.readValue("1001", InseeCode.class)).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> json.readValue("\"6912\"", InseeCode.class))
                .isInstanceOf(JsonProcessingException.class)
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }
}
