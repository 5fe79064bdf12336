package fr.interieur.cls.query.contract;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Period;

/**
 * Thresholds of the warnings dashboards show (domain.md, "What the query side flags").
 *
 * @param diagnosticMaxAge       a diagnostic older than this is stale ("actualisé en permanence")
 * @param committeeMaxInterval   a signed contract's steering committee meets at least this often
 * @param measurementMaxInterval an action in progress shows a measurement at least this often
 */
@ConfigurationProperties("cls.flags")
public record FlagSettings(@DefaultValue("P12M") Period diagnosticMaxAge,
                           @DefaultValue("P6M") Period committeeMaxInterval,
                           @DefaultValue("P6M") Period measurementMaxInterval) {
}
