package fr.interieur.cls.command.infrastructure.web;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Lets endpoints take a {@link CommandContext}, and describes what it is made of (headers) in the OpenAPI
 * description instead of the object itself.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CommandContext.class);
    }

    private final CommandContextResolver commandContextResolver;

    public WebConfiguration(CommandContextResolver commandContextResolver) {
        this.commandContextResolver = commandContextResolver;
    }

    /** The headers every command takes. */
    @Bean
    public OpenApiCustomizer commandHeaders() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(path -> java.util.stream.Stream
                    .of(path.getPost(), path.getPut(), path.getDelete()).filter(java.util.Objects::nonNull)
                    .forEach(operation -> {
                        operation.addParametersItem(header("If-Match", "the version read (\"3\"): refused with 412 if "
                                                                       + "the aggregate is at another version"));
                        operation.addParametersItem(header("Idempotency-Key", "up to 200 characters: the same key and "
                                                                              + "body replay the first answer"));
                        operation.addParametersItem(header("X-Reason", "why, kept in the events' metadata "
                                                                       + "(percent-encode non-ASCII text)"));
                        operation.addParametersItem(header("X-Correlation-Id", "ties the events to a request of "
                                                                               + "yours"));
                    }));
        };
    }

    private static Parameter header(String name, String description) {
        return new Parameter().in("header").name(name).required(false).description(description)
                              .schema(new StringSchema());
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(commandContextResolver);
    }
}
