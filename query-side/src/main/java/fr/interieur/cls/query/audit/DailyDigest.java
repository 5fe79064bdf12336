package fr.interieur.cls.query.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes the digest of the day before, once a day ({@code cls.audit.digest-cron}, 00:10 in the query side's zone by
 * default). Several query-side instances may all run it: the digest of a day is defined by the day alone (its
 * position is the last event recorded before midnight), so they compute the same one and the table keeps one row.
 */
@Component
class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    private final Digests digests;

    DailyDigest(Digests digests) {
        this.digests = digests;
    }

    @Scheduled(cron = "${cls.audit.digest-cron:0 10 0 * * *}", zone = "${cls.query.zone:Europe/Paris}")
    void takeYesterdays() {
        try {
            Digests.Taken taken = digests.takeDaily(digests.today().minusDays(1));
            DigestRecord digest = taken.digest();
            log.info("digest of {} (position {}, {} chains, {} events{}): {}{}", digest.day(), digest.position(),
                     digest.chains(), digest.events(), digest.verified() ? "" : ", NOT VERIFIED: " + digest.reason(),
                     digest.digest(), taken.created() ? "" : " (already taken)");
        } catch (RuntimeException e) {
            // the next run tries again; an instance that did take it has logged it
            log.error("taking the daily digest failed", e);
        }
    }
}
