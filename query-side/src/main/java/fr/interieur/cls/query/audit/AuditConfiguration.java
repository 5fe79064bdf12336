package fr.interieur.cls.query.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import javax.sql.DataSource;

/**
 * The verifier over the application's connection pool, and scheduling, which the daily digest is the first to need.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditConfiguration {

    @Bean
    ChainVerifier chainVerifier(DataSource dataSource, AuditProperties properties) {
        return new ChainVerifier(dataSource::getConnection, properties.threads(), properties.fetchSize());
    }
}
