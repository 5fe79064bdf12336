package fr.interieur.cls.demo;

import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CommandApiTest {

    @Test
    void reasonsArePercentEncodedWithSpacesAsPercent20() {
        String reason = "Signature à l'hôtel de ville + avenant n° 1";
        String header = CommandApi.headerText(reason);

        assertThat(header).doesNotContain(" ", "+").matches("[\\x21-\\x7e]+");
        // the command side decodes '+' as itself, then percent-escapes
        assertThat(URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(reason);
    }

    @Test
    void theApiRootIsFoundWithOrWithoutItsPath() {
        assertThat(CommandApi.apiRoot("http://localhost:8081")).isEqualTo("http://localhost:8081/api/v1");
        assertThat(CommandApi.apiRoot("http://localhost:8081/")).isEqualTo("http://localhost:8081/api/v1");
        assertThat(CommandApi.apiRoot("http://localhost:8081/api/v1/")).isEqualTo("http://localhost:8081/api/v1");
    }
}
