package fr.interieur.cls.query.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneId;

/**
 * Settings of the query side.
 *
 * @param segments       segments per projection processor: how many threads, or instances, share its work
 * @param batchSize      events per processor transaction
 * @param readBatchSize  events per read from the event store
 * @param pollInterval   fallback poll when no notification arrives (and the only way, without LISTEN/NOTIFY)
 * @param listen         use PostgreSQL LISTEN/NOTIFY to wake the processors
 * @param gapTimeout     how long Axon keeps looking for a position it has not seen (see the ADR on positions)
 * @param minPositionWait how long a read with {@code minPosition} waits before answering 503
 * @param zone           the civil time zone of dates ("today", "last year")
 */
@ConfigurationProperties("cls.query")
public record QuerySideProperties(@DefaultValue("2") int segments,
                                  @DefaultValue("500") int batchSize,
                                  @DefaultValue("1000") int readBatchSize,
                                  @DefaultValue("1s") Duration pollInterval,
                                  @DefaultValue("true") boolean listen,
                                  @DefaultValue("60s") Duration gapTimeout,
                                  @DefaultValue("5s") Duration minPositionWait,
                                  @DefaultValue("Europe/Paris") ZoneId zone) {

    public QuerySideProperties {
        if (segments < 1 || batchSize < 1 || readBatchSize < 1) {
            throw new IllegalArgumentException("cls.query segments and batch sizes must be positive");
        }
    }
}
