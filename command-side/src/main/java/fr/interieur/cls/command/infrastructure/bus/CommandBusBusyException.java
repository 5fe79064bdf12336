package fr.interieur.cls.command.infrastructure.bus;

import fr.interieur.cls.command.common.CleanRejection;

/** The command queue is full, or the service is stopping: the client should retry shortly (503). */
public class CommandBusBusyException extends RuntimeException implements CleanRejection {

    public CommandBusBusyException(String message) {
        super(message);
    }
}
