package fr.interieur.cls.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What a verification of hash chains found.
 *
 * @param verified      every chain holds
 * @param events        events checked
 * @param chains        aggregates (chains) checked
 * @param position      the global position the log was verified up to (its head when the verification started)
 * @param firstBrokenAt the broken event of lowest global position, or null
 * @param reason        what is wrong with it, or null
 * @param brokenEvents  how many events do not hold
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"verified", "events", "chains", "position", "firstBrokenAt", "reason", "brokenEvents"})
record Verification(boolean verified, long events, long chains, long position, BrokenLink firstBrokenAt,
                    String reason, long brokenEvents) {
}
