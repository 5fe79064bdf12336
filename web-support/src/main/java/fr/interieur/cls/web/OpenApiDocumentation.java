package fr.interieur.cls.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/**
 * The OpenAPI description of each service (/v3/api-docs, Swagger UI at /swagger-ui.html), generated from the
 * endpoints, with the bearer token and the problem responses every operation may give.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiDocumentation {

    private static final String PROBLEM = "Problem";
    private static final Map<String, String> ERRORS = Map.of(
            "400", "Malformed request, header or parameter",
            "401", "No token, or a token that is expired, unsigned or not signed by a trusted key",
            "403", "Role or département not allowed",
            "404", "No such resource",
            "409", "Refused by a rule of the domain (see `rule`) or by the state things are in",
            "412", "If-Match names another version than the current one",
            "413", "Request body over 1 MB",
            "422", "Invalid fields (see `errors`), or an Idempotency-Key reused for another request",
            "503", "The database does not answer, or minPosition was not reached in time; retry after Retry-After");

    @Bean
    public OpenAPI clsOpenApi(@Value("${spring.application.name:cls}") String service,
                              @Value("${cls.openapi.description:}") String description) {
        return new OpenAPI()
                .info(new Info().title("Contrats locaux de sécurité — " + service).version("v1")
                                .description(description.isBlank()
                                                     ? "See api.md for the contract; every error is application/problem+json."
                                                     : description))
                .components(new Components()
                                    .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                                                                       .scheme("bearer").bearerFormat("JWT"))
                                    .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    public OpenApiCustomizer problemResponses() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            // springdoc rebuilds the schemas from the code; the problem schema is added back here
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                    ERRORS.forEach((status, meaning) -> operation.getResponses().putIfAbsent(status, new ApiResponse()
                            .description(meaning)
                            .content(new Content().addMediaType(Problems.PROBLEM_JSON.toString(), new MediaType()
                                    .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))))));
        };
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        ObjectSchema field = new ObjectSchema();
        field.addProperty("field", new StringSchema().description("JSON path of the field, e.g. signatures[0].partnerId"));
        field.addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("urn:cls:rule:contract.signature.missing-mandatory-signatory"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("rule", new StringSchema().description("stable code of the rule that refused the request"))
                .addProperty("errors", new ArraySchema().items(field));
    }
}
