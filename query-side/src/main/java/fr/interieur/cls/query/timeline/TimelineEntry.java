package fr.interieur.cls.query.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An entry of the timeline across contracts and districts, for inspection missions: which aggregate, its
 * département and, for action events, the action's theme. Every field is always written, null included: the
 * web mapper leaves nulls out, and a reader should see "no reason given" rather than wonder about the field.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record TimelineEntry(long position, Instant occurredAt, LocalDate effectiveOn, String aggregateType,
                     String aggregateId, String departement, String theme, String type, String actor,
                     String actorName, String reason, String summary) {

    /** The same entry on a contract's own timeline, where the contract goes without saying. */
    OfContract ofContract() {
        return new OfContract(position, occurredAt, effectiveOn, type, actor, actorName, reason, summary);
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record OfContract(long position, Instant occurredAt, LocalDate effectiveOn, String type, String actor,
                      String actorName, String reason, String summary) {
    }
}
