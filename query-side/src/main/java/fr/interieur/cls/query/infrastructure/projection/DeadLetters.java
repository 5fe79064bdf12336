package fr.interieur.cls.query.infrastructure.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The admin's view of the dead-letter queues: what each projection could not handle, and retrying it with the
 * code that runs now. Letters of one aggregate stay in order: retrying one retries its whole sequence.
 */
public class DeadLetters {

    /** One event a projection could not handle. */
    public record Letter(String id, String projection, String slot, String aggregateId, long sequenceIndex,
                         String eventType, String eventId, Long position, String cause, Instant enqueuedAt,
                         Instant lastTouched, int attempts) {
    }

    private final ProjectionManager manager;

    public DeadLetters(ProjectionManager manager) {
        this.manager = manager;
    }

    public List<Letter> list() {
        List<Letter> letters = new ArrayList<>();
        for (String projection : manager.names()) {
            for (Slot slot : Slot.values()) {
                String processor = ProjectionState.processorName(projection, slot);
                JdbcSequencedDeadLetterQueue<EventMessage<?>> queue = manager.deadLetterQueue(processor);
                for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                    for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                        letters.add(view(projection, slot, (JdbcDeadLetter<?>) letter));
                    }
                }
            }
        }
        return letters;
    }

    public Optional<Letter> find(String id) {
        return list().stream().filter(letter -> letter.id().equals(id)).findFirst();
    }

    /**
     * Retries the sequence the letter belongs to in the active slot; true when it went through and left the
     * queue, false when it failed again (it stays, one attempt more).
     */
    public boolean retry(String id) {
        Letter letter = find(id).orElseThrow(() -> new UnknownDeadLetter(id));
        if (!letter.slot().equals(manager.activeSlot(letter.projection()).code())) {
            throw new RebuildConflict("letter " + id + " belongs to slot " + letter.slot() + " of "
                                      + letter.projection() + ", which is being rebuilt; it is retried by the rebuild");
        }
        manager.activeInvoker(letter.projection())
               .process(first -> first instanceof JdbcDeadLetter<?> jdbc
                       && jdbc.getSequenceIdentifier().equals(letter.aggregateId()));
        return find(id).isEmpty();
    }

    /**
     * Drops a letter for good (an event no code will ever handle, say a corrupted copy): the events queued behind
     * it in its sequence stay, to be retried.
     */
    public void evict(String id) {
        Letter letter = find(id).orElseThrow(() -> new UnknownDeadLetter(id));
        JdbcSequencedDeadLetterQueue<EventMessage<?>> queue =
                manager.deadLetterQueue(ProjectionState.processorName(letter.projection(), Slot.of(letter.slot())));
        for (DeadLetter<? extends EventMessage<?>> candidate : queue.deadLetterSequence(letter.aggregateId())) {
            if (candidate instanceof JdbcDeadLetter<?> jdbc && jdbc.getIdentifier().equals(id)) {
                queue.evict(candidate);
            }
        }
    }

    private static Letter view(String projection, Slot slot, JdbcDeadLetter<?> letter) {
        EventMessage<?> message = letter.message();
        Long position = message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position().orElse(-1) : null;
        Object attempts = letter.diagnostics().getOrDefault("attempts", 1);
        return new Letter(letter.getIdentifier(), projection, slot.code(), letter.getSequenceIdentifier(),
                          letter.getSequenceIndex(), payloadType(message), message.getIdentifier(), position,
                          letter.cause().map(Cause::message).orElse(null), letter.enqueuedAt(), letter.lastTouched(),
                          ((Number) attempts).intValue());
    }

    private static String payloadType(EventMessage<?> message) {
        try {
            return message.getPayloadType().getSimpleName();
        } catch (RuntimeException unreadable) {
            return "unreadable";
        }
    }
}
