package fr.interieur.cls.query.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit. The daily digest's schedule is {@code cls.audit.digest-cron} (default {@code 0 10 0 * * *},
 * 00:10 in {@code cls.query.zone}; {@code -} turns it off), read by the scheduler itself.
 *
 * @param verifyThreads threads (and database connections) verifying the whole log; 0 for one per processor
 * @param fetchSize     rows fetched per round trip where events are streamed through a cursor
 */
@ConfigurationProperties("cls.audit")
record AuditProperties(@DefaultValue("0") int verifyThreads, @DefaultValue("2000") int fetchSize) {

    AuditProperties {
        if (verifyThreads < 0 || fetchSize < 1) {
            throw new IllegalArgumentException("cls.audit.verify-threads must be 0 or more, fetch-size positive");
        }
    }

    int threads() {
        return verifyThreads == 0 ? Runtime.getRuntime().availableProcessors() : verifyThreads;
    }
}
