package fr.interieur.cls.command.infrastructure.web;

/** A command whose values an event or value object refused while it ran: 422. */
public class InvalidCommand extends RuntimeException {

    public InvalidCommand(String message) {
        super(message);
    }
}
