package fr.interieur.cls.query.infrastructure.security;

import fr.interieur.cls.web.security.JwtSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import static fr.interieur.cls.web.security.Role.ADMIN;
import static fr.interieur.cls.web.security.Role.AUDITOR;
import static fr.interieur.cls.web.security.Role.INSPECTION;
import static fr.interieur.cls.web.security.Role.MINISTRY;
import static fr.interieur.cls.web.security.Role.PREFECTURE;

/**
 * The role table of api.md on the query side. Roles decide which endpoints; the département scope of a
 * préfecture is checked by each read against the data ({@link ReadAccess}).
 */
@Configuration(proxyBeanMethods = false)
public class QuerySecurity {

    private static final String[] READERS = {PREFECTURE.name(), MINISTRY.name(), INSPECTION.name(), AUDITOR.name()};
    private static final String[] NATIONAL = {MINISTRY.name(), INSPECTION.name(), AUDITOR.name()};
    /**
     * The dashboard page and what it needs before anyone is signed in: its files, the libraries it loads, how to
     * sign in. None of it holds data; the data stays behind the API's rules below.
     */
    private static final String[] PAGE = {"/", "/index.html", "/app/**", "/webjars/**", "/favicon.ico",
            "/ui/config"};
    private static final String[] TIMELINES = {PREFECTURE.name(), INSPECTION.name(), AUDITOR.name()};

    @Bean
    public SecurityFilterChain querySideSecurity(HttpSecurity http, JwtSecurity jwt) throws Exception {
        jwt.apply(http).authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                .requestMatchers(JwtSecurity.API_DOCUMENTATION).permitAll()
                .requestMatchers(HttpMethod.GET, PAGE).permitAll()
                // exists only for the demo users of the embedded run (fr.interieur.cls.query.ui); 404 otherwise
                .requestMatchers(HttpMethod.POST, "/ui/demo-token").permitAll()
                .requestMatchers("/actuator/prometheus").hasRole(ADMIN.name())
                .requestMatchers("/actuator/**").denyAll()
                .requestMatchers("/api/v1/admin/**").hasRole(ADMIN.name())
                .requestMatchers("/api/v1/audit/**").hasRole(AUDITOR.name())
                .requestMatchers(HttpMethod.GET, "/api/v1/dashboard/national").hasAnyRole(NATIONAL)
                .requestMatchers(HttpMethod.GET, "/api/v1/timeline", "/api/v1/contracts/*/timeline",
                                 "/api/v1/contracts/*/events").hasAnyRole(TIMELINES)
                .requestMatchers(HttpMethod.GET, "/api/v1/**").hasAnyRole(READERS)
                .anyRequest().denyAll());
        return http.build();
    }
}
