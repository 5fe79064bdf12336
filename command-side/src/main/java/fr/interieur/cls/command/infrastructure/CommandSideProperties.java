package fr.interieur.cls.command.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneId;

/**
 * Settings of the command side.
 *
 * @param snapshotThreshold a contract or district is snapshotted every this many events
 * @param maxBatchSize      at most this many commands share one transaction
 * @param queueCapacity     commands waiting for the writer beyond this are refused with 503
 * @param commandTimeout    how long an HTTP request waits for its command to commit
 * @param zone              the civil time zone that decides what "today" is for dates in the past
 */
@ConfigurationProperties("cls.command")
public record CommandSideProperties(@DefaultValue("100") int snapshotThreshold,
                                    @DefaultValue("256") int maxBatchSize,
                                    @DefaultValue("10000") int queueCapacity,
                                    @DefaultValue("30s") Duration commandTimeout,
                                    @DefaultValue("Europe/Paris") ZoneId zone) {

    public CommandSideProperties {
        if (snapshotThreshold < 1 || maxBatchSize < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("cls.command thresholds and sizes must be positive");
        }
    }
}
