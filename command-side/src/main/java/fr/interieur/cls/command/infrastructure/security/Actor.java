package fr.interieur.cls.command.infrastructure.security;

import java.util.Set;

/**
 * Who sends a command, as the authentication established it: never taken from the request body.
 *
 * @param subject     stable identifier of the person ({@code sub})
 * @param name        display name for timelines
 * @param departements the départements the actor may act in; empty with {@code everywhere}
 * @param everywhere  no département limit
 */
public record Actor(String subject, String name, Set<String> departements, boolean everywhere) {

    public static final Actor ANONYMOUS = new Actor("anonymous", "anonymous", Set.of(), true);

    public Actor {
        departements = Set.copyOf(departements);
    }
}
