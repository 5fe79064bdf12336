package fr.interieur.cls.command.infrastructure.bus;

import org.axonframework.commandhandling.CommandMessage;

import java.util.Optional;

/**
 * Takes part in the group commit's transaction: may answer a command without running it (a replayed request),
 * and writes what it keeps about a command that succeeded in the same transaction as its events.
 */
public interface BatchParticipant {

    /** An answer that replaces running the command, if any. Runs inside the batch's transaction. */
    default Optional<Object> answerWithoutRunning(CommandMessage<?> command) {
        return Optional.empty();
    }

    /** The command ran and its events are appended, not yet committed. Runs inside the batch's transaction. */
    default void succeeded(CommandMessage<?> command, CommandOutcome outcome) {
    }
}
