package fr.interieur.cls.web;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import fr.interieur.cls.web.security.JwtSecurity;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * HTTP conventions shared by both services: problem+json everywhere, 1 MB bodies, JSON no deeper than 64
 * levels, numbers and strings of reasonable length, and bearer-token authentication.
 */
@AutoConfiguration(before = {ErrorMvcAutoConfiguration.class, SecurityAutoConfiguration.class,
        OAuth2ResourceServerAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class})
@Import({CommonProblemHandler.class, ProblemErrorController.class, JwtSecurity.class, OpenApiDocumentation.class})
public class WebSupportAutoConfiguration {

    @Bean
    public Problems problems(ObjectMapper objectMapper) {
        return new Problems(objectMapper);
    }

    @Bean
    public RequestSizeLimit requestSizeLimit(Problems problems) {
        return new RequestSizeLimit(problems);
    }

    @Bean
    public ContentTypeCheck contentTypeCheck(Problems problems) {
        return new ContentTypeCheck(problems);
    }

    @Bean
    public NulCharacterCheck nulCharacterCheck(Problems problems) {
        return new NulCharacterCheck(problems);
    }

    /** Tomcat's own error pages (for requests it refuses before any servlet) become problems. */
    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorPages() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    @Bean
    public Jackson2ObjectMapperBuilderCustomizer boundedJson() {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                                                                 .maxNestingDepth(64)
                                                                 .maxNumberLength(100)
                                                                 .maxStringLength((int) RequestSizeLimit.LIMIT)
                                                                 .build();
        return builder -> builder.postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(constraints));
    }
}
