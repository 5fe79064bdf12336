package fr.interieur.cls.system;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.cls.testsupport.Http;
import fr.interieur.cls.testsupport.ServiceProcess;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both services describe themselves (OpenAPI, Swagger UI), problems included, without a token. */
class OpenApiSystemIT {

    @Test
    void bothServicesPublishTheirOpenApiDescription() {
        try (ServiceProcess commands = Services.commandSide();
             ServiceProcess queries = Services.querySide()) {
            JsonNode command = Http.at(commands.baseUrl()).get("/v3/api-docs").json();
            assertThat(command.path("paths").has("/api/v1/contracts/{contractId}/signature")).as(command.toString()).isTrue();
            JsonNode signature = command.path("paths").path("/api/v1/contracts/{contractId}/signature").path("post");
            assertThat(signature.path("responses").has("409")).isTrue();
            assertThat(signature.path("parameters").findValuesAsText("name")).contains("If-Match", "Idempotency-Key")
                                                                            .doesNotContain("context");
            assertThat(command.path("components").path("schemas").has("Problem")).isTrue();

            JsonNode query = Http.at(queries.baseUrl()).get("/v3/api-docs").json();
            assertThat(query.path("paths").has("/api/v1/dashboard/national")).as(query.toString()).isTrue();
            assertThat(query.path("paths").path("/api/v1/contracts").path("get").path("responses").has("503")).isTrue();
            assertThat(Http.at(queries.baseUrl()).get("/swagger-ui.html").status()).isIn(200, 302);
        }
    }
}
