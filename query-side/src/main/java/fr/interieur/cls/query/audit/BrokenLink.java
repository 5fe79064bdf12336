package fr.interieur.cls.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An event whose link in its aggregate's chain does not hold: which aggregate, its stored sequence and position. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record BrokenLink(String aggregateId, long sequence, long position) {
}
