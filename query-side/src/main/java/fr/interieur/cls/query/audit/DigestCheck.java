package fr.interieur.cls.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;

/**
 * A kept digest checked against the store as it is now: {@code matches} when the chains up to its position,
 * recomputed from the events' contents, give the same digest (nothing up to that position was altered, removed or
 * reordered since); {@code verified} when, besides, every stored link holds.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record DigestCheck(LocalDate day, long position, String digest, String recomputed, boolean matches, boolean verified,
                   long events, long chains, BrokenLink firstBrokenAt, String reason) {
}
