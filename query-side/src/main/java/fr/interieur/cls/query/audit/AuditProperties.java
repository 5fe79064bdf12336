package fr.interieur.cls.query.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit. The daily digest's schedule is {@code cls.audit.digest-cron} (default {@code 0 10 0 * * *},
 * 00:10 in {@code cls.query.zone}; {@code -} turns it off), read by the scheduler itself.
 *
 * @param verifyThreads threads (and database connections) verifying the whole log; 0 for {@link #defaultThreads()}
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
        return verifyThreads == 0 ? defaultThreads() : verifyThreads;
    }

    /**
     * Half the processors, at least one: each reading thread keeps a database backend at least as busy as itself
     * (producing the events' JSON costs the database more than hashing it costs us), and where both share a machine,
     * more threads only take turns. Measured on two processors: one thread as fast as two once warm, faster cold.
     */
    static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }
}
