package fr.interieur.cls.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A digest of the log as it is kept: the day it stands for, the global position it covers, how many chains and
 * events that is, the digest (encoding {@link LogDigest#VERSION}), whether every chain held when it was taken (and
 * if not, what was first found broken), and who took it when.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record DigestRecord(LocalDate day, long position, long chains, long events, String digest, String encoding,
                    boolean verified, String reason, String kind, Instant takenAt, String takenBy) {
}
