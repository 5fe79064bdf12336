package fr.interieur.cls.command.infrastructure.security;

import fr.interieur.cls.web.security.JwtSecurity;
import fr.interieur.cls.web.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call the command side: préfectures, for their own départements (the département is checked against
 * the aggregate by the handlers). Health is open; metrics need the admin role; nothing else of the actuator is
 * reachable.
 */
@Configuration(proxyBeanMethods = false)
public class CommandSecurity {

    @Bean
    public SecurityFilterChain commandSideSecurity(HttpSecurity http, JwtSecurity jwt) throws Exception {
        jwt.apply(http).authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                .requestMatchers(JwtSecurity.API_DOCUMENTATION).permitAll()
                .requestMatchers("/actuator/prometheus").hasRole(Role.ADMIN.name())
                .requestMatchers("/actuator/**").denyAll()
                .requestMatchers("/api/v1/**").hasRole(Role.PREFECTURE.name())
                .anyRequest().denyAll());
        return http.build();
    }
}
