package fr.interieur.cls.command;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** There is no Docker engine where the tests run, so the compose file is checked for what it must say. */
class DockerComposeTest {

    @SuppressWarnings("unchecked")
    @Test
    void composeRunsPostgresWithAHealthcheckAndAVolumeAndBothServices() throws IOException {
        Map<String, Object> compose;
        try (Reader reader = Files.newBufferedReader(Path.of("..", "docker-compose.yml"))) {
            compose = new Yaml().load(reader);
        }
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertThat(services).containsKeys("postgres", "command-side", "query-side");

        Map<String, Object> postgres = (Map<String, Object>) services.get("postgres");
        String image = (String) postgres.get("image");
        assertThat(image).matches("postgres:\\d+\\.\\d+.*").doesNotContain("latest");
        assertThat((Map<String, Object>) postgres.get("healthcheck")).containsKey("test");
        String volume = ((List<String>) postgres.get("volumes")).get(0).split(":")[0];
        assertThat((Map<String, Object>) compose.get("volumes")).containsKey(volume);

        for (String service : List.of("command-side", "query-side")) {
            Map<String, Object> definition = (Map<String, Object>) services.get(service);
            Map<String, Object> environment = (Map<String, Object>) definition.get("environment");
            assertThat(environment).containsKeys("CLS_DB_URL", "CLS_DB_USER", "CLS_DB_PASSWORD", "SERVER_PORT");
            assertThat((String) environment.get("CLS_DB_URL")).contains("//postgres:5432/");
            Map<String, Object> dependsOn = (Map<String, Object>) definition.get("depends_on");
            assertThat((Map<String, Object>) dependsOn.get("postgres")).containsEntry("condition", "service_healthy");
        }
    }
}
