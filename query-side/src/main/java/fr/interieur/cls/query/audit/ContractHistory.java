package fr.interieur.cls.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interieur.cls.events.contract.ContractDrafted;
import fr.interieur.cls.events.contract.ContractEvent;
import fr.interieur.cls.query.contract.ContractDocument;
import fr.interieur.cls.query.contract.ContractFold;
import fr.interieur.cls.query.infrastructure.projection.ProjectionJson;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Predicate;

/**
 * A contract as it stood after some of its events: its stored events read back into events and folded, in sequence
 * order, with {@link ContractFold}, the contracts projection's own fold. So the state at the latest version is the
 * projection's document, and the state at any earlier one is what the projection showed then.
 */
@Component
class ContractHistory {

    private final EventLog log;
    private final Serializer serializer;
    private final ObjectMapper json;

    ContractHistory(EventLog log, Serializer serializer, ProjectionJson projectionJson) {
        this.log = log;
        this.serializer = serializer;
        this.json = projectionJson.mapper();
    }

    /**
     * The contract after the events the cut keeps, taken as a prefix: the first event left out ends the fold. The
     * state is null when no event was kept, or when the drafting is not among them.
     *
     * @param version  the version reached: the sequence of the last event folded, plus one
     * @param position the global position of the last event folded (0 when none)
     * @param current  the contract's version now, all its events counted
     */
    record State(long version, long position, JsonNode state, long current) {
    }

    /** The states after version {@code a} and after version {@code b}, from one fold. */
    record Versions(State a, State b) {
    }

    State upTo(String contractId, Predicate<StoredEvent> cut) {
        List<StoredEvent> events = log.all(contractId);
        Fold fold = new Fold();
        for (StoredEvent event : events) {
            if (!cut.test(event)) {
                break;
            }
            fold.add(event);
        }
        return fold.state(current(events));
    }

    Versions versions(String contractId, long a, long b) {
        List<StoredEvent> events = log.all(contractId);
        long current = current(events);
        Fold fold = new Fold();
        State atA = null;
        State atB = null;
        for (StoredEvent event : events) {
            if (atA == null && event.sequence() >= a) {
                atA = fold.state(current);
            }
            if (atB == null && event.sequence() >= b) {
                atB = fold.state(current);
            }
            fold.add(event);
        }
        return new Versions(atA == null ? fold.state(current) : atA, atB == null ? fold.state(current) : atB);
    }

    private static long current(List<StoredEvent> events) {
        return events.isEmpty() ? 0 : events.get(events.size() - 1).sequence() + 1;
    }

    /** When an event was recorded, from the stored text. */
    static Instant recordedAt(StoredEvent event) {
        try {
            return Instant.parse(event.timestamp());
        } catch (DateTimeParseException e) {
            throw new UnreadableEvent(event, "its time \"" + event.timestamp() + "\" is not an instant");
        }
    }

    /** The fold under way. */
    private final class Fold {

        private ContractDocument document;
        private long version;
        private long position;

        void add(StoredEvent stored) {
            ContractEvent event = read(stored);
            if (document == null) {
                if (!(event instanceof ContractDrafted drafted)) {
                    // the drafting is missing (the verification says so): nothing to fold onto
                    return;
                }
                document = ContractFold.drafted(drafted);
            } else {
                ContractFold.apply(document, event, recordedAt(stored));
            }
            version = stored.sequence() + 1;
            position = stored.position();
            document.version = version;
            document.position = position;
        }

        State state(long current) {
            return new State(version, position, document == null ? null : json.valueToTree(document), current);
        }

        private ContractEvent read(StoredEvent stored) {
            Object payload;
            try {
                payload = serializer.deserialize(new SimpleSerializedObject<>(stored.payload(), String.class,
                                                                              stored.type(), stored.revision()));
            } catch (SerializationException | IllegalArgumentException e) {
                throw new UnreadableEvent(stored, e.getMessage());
            }
            if (!(payload instanceof ContractEvent event) || !event.aggregateId().equals(stored.aggregateId())) {
                throw new UnreadableEvent(stored, "it is not an event of this contract");
            }
            return event;
        }
    }
}
