package fr.interieur.cls.command.infrastructure.bus;

/**
 * What a command that succeeded answers once its events are committed: the aggregate, its version (how many
 * events it has) and the global position of the command's last event.
 */
public record CommandOutcome(String aggregateId, long version, long position) {
}
