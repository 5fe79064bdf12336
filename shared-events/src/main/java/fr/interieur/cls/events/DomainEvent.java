package fr.interieur.cls.events;

/**
 * Something that happened to one aggregate. Every event names its aggregate first; the two families are
 * {@link fr.interieur.cls.events.contract.ContractEvent} and {@link fr.interieur.cls.events.district.DistrictEvent}.
 */
public interface DomainEvent {

    /** The identifier of the aggregate this event belongs to, as stored in the event store. */
    String aggregateId();
}
