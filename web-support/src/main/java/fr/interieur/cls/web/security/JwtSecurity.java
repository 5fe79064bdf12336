package fr.interieur.cls.web.security;

import fr.interieur.cls.web.Problems;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Bearer tokens on both services: verified against the issuer's keys in production, or HS256 with a shared
 * secret for local runs and tests. Stateless: no session, no cookie, no CSRF token to steal. Each service adds
 * its own URL rules with {@link #apply(HttpSecurity)}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class JwtSecurity {

    private final ProblemSecurityHandlers handlers;

    public JwtSecurity(Problems problems, MeterRegistry meters) {
        this.handlers = new ProblemSecurityHandlers(problems, meters);
    }

    @Bean
    public ProblemSecurityHandlers problemSecurityHandlers() {
        return handlers;
    }

    @Bean
    public JwtDecoder jwtDecoder(SecurityProperties properties) {
        NimbusJwtDecoder decoder;
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(new JwtTimestampValidator());
        validators.add(new JwtClaimValidator<String>("sub", sub -> sub != null && !sub.isBlank()));
        if (hasText(properties.jwkSetUri())) {
            decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        } else if (hasText(properties.issuerUri())) {
            decoder = NimbusJwtDecoder.withIssuerLocation(properties.issuerUri()).build();
        } else if (hasText(properties.jwtSecret())) {
            byte[] secret = properties.jwtSecret().getBytes(StandardCharsets.UTF_8);
            if (secret.length < SecurityProperties.MIN_SECRET_BYTES) {
                throw new IllegalStateException("CLS_JWT_SECRET must be at least " + SecurityProperties.MIN_SECRET_BYTES
                                                + " bytes long (HS256 needs a 256-bit key)");
            }
            decoder = NimbusJwtDecoder.withSecretKey(new SecretKeySpec(secret, "HmacSHA256"))
                                      .macAlgorithm(MacAlgorithm.HS256)
                                      .build();
        } else {
            throw new IllegalStateException("No way to check tokens: set CLS_JWT_ISSUER_URI or CLS_JWT_JWK_SET_URI "
                                            + "(production), or CLS_JWT_SECRET (local runs, at least 32 bytes)");
        }
        if (hasText(properties.issuerUri())) {
            validators.add(new JwtIssuerValidator(properties.issuerUri()));
        }
        if (hasText(properties.audience())) {
            validators.add(jwt -> jwt.getAudience() != null && jwt.getAudience().contains(properties.audience())
                    ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "wrong audience", null)));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    /** The roles claim becomes authorities {@code ROLE_<role>}; unknown roles are ignored. */
    public static Converter<Jwt, AbstractAuthenticationToken> authentication() {
        return jwt -> {
            Collection<SimpleGrantedAuthority> authorities = CurrentActor.roles(jwt).stream()
                                                                         .map(role -> new SimpleGrantedAuthority(role.authority()))
                                                                         .toList();
            return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
        };
    }

    /** The OpenAPI description and Swagger UI: open, they describe the API and hold no data. */
    public static final String[] API_DOCUMENTATION = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
            "/swagger-ui/**"};

    /** What every service's filter chain shares; the caller adds its authorization rules and builds. */
    public HttpSecurity apply(HttpSecurity http) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(handlers)
                                                           .accessDeniedHandler(handlers))
                .oauth2ResourceServer(resource -> resource
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authentication())));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

}
