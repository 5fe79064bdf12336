package fr.interieur.cls.command.common;

/**
 * Marks an exception a command handler throws before it writes anything: the group commit can drop that one
 * command and keep the others of its batch.
 */
public interface CleanRejection {
}
