package fr.interieur.cls.command.infrastructure;

import fr.interieur.cls.command.common.Today;
import fr.interieur.cls.web.DomainClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The one clock of the command side ({@code CLS_TODAY} may move it); tests put their own in its place. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Clock clock(@Value("${cls.today:}") String today, CommandSideProperties properties) {
        return DomainClock.of(today, properties.zone());
    }

    @Bean
    public Today today(Clock clock, CommandSideProperties properties) {
        return new Today(clock, properties.zone());
    }
}
