package fr.interieur.cls.events.types;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interieur.cls.events.EventJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProximityWaveTest {

    private final ObjectMapper json = EventJson.newObjectMapper();

    // the stored names are the ones of the roll-out (pilot, waves 1 to 3), not the Java constants
    @ParameterizedTest
    @CsvSource({"PILOT, PILOT", "WAVE_1, 1", "WAVE_2, 2", "WAVE_3, 3"})
    void isStoredUnderTheNameOfItsWave(ProximityWave wave, String stored) throws JsonProcessingException {
        assertThat(json.writeValueAsString(wave)).isEqualTo("\"" + stored + "\"");
        assertThat(json.readValue("\"" + stored + "\"", ProximityWave.class)).isEqualTo(wave);
    }

    @Test
    void theJavaNameIsNotAStoredName() {
        assertThatThrownBy(() -> json.readValue("\"WAVE_1\"", ProximityWave.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> json.readValue("\"4\"", ProximityWave.class))
                .isInstanceOf(JsonProcessingException.class);
    }
}
