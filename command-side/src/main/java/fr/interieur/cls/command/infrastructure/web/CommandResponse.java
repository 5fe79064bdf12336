package fr.interieur.cls.command.infrastructure.web;

/** The answer to a command: the aggregate, its version after the command, and its last event's position. */
public record CommandResponse(String id, long version, long position) {
}
