package fr.interieur.cls.eventstore;

import org.axonframework.messaging.MetaData;

/** An event as it landed in the store: its aggregate, sequence, global position and stored metadata. */
public record AppendedEvent(String aggregateId, long sequence, long globalIndex, MetaData metaData) {
}
