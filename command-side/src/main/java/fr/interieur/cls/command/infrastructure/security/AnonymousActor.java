package fr.interieur.cls.command.infrastructure.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Until a request carries a token, everybody is {@code anonymous}. */
@Configuration(proxyBeanMethods = false)
public class AnonymousActor {

    @Bean
    @ConditionalOnMissingBean
    public CurrentActor currentActor() {
        return () -> Actor.ANONYMOUS;
    }
}
