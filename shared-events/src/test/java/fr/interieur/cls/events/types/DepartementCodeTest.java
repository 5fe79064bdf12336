package fr.interieur.cls.events.types;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interieur.cls.events.EventJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DepartementCodeTest {

    private final ObjectMapper json = EventJson.newObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"01", "09", "10", "19", "21", "2A", "2B", "29", "30", "59", "69", "75", "89", "90", "95",
            "971", "972", "973", "974", "976"})
    void acceptsMetropolitanCorsicanAndOverseasCodes(String code) {
        assertThat(DepartementCode.of(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "20",          // Corsica has been 2A and 2B since 1976
            "975",         // Saint-Pierre-et-Miquelon is a collectivité, not a département
            "977", "970", "97", "978",
            "00", "96", "99", "100", "1", "9", "690", "2C", "2a", "2b", " 69", "69 ", "6 9", "AB", "٦٩"})
    void refusesAnythingElse(String code) {
        assertThatThrownBy(() -> DepartementCode.of(code)).isInstanceOf(IllegalArgumentException.class)
                                                          .hasMessageContaining("département");
    }

    @Test
    void isWrittenAsItsCodeAndReadBack() throws JsonProcessingException {
        assertThat(json.writeValueAsString(DepartementCode.of("2A"))).isEqualTo("\"2A\"");
        assertThat(json.readValue("\"971\"", DepartementCode.class)).isEqualTo(DepartementCode.of("971"));
    }

    @Test
    void readingAnInvalidCodeFails() {
        assertThatThrownBy(() -> json.readValue("\"20\"", DepartementCode.class))
                .isInstanceOf(JsonProcessingException.class)
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ordersByCode() {
        assertThat(DepartementCode.of("2A")).isLessThan(DepartementCode.of("2B"));
        assertThat(DepartementCode.of("69")).isLessThan(DepartementCode.of("971"));
        assertThat(DepartementCode.of("69").toString()).isEqualTo("69");
    }
}
