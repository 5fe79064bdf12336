package fr.interieur.cls.web.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who sends a request, as the token says: subject ({@code sub}), display name ({@code name}), roles and the
 * départements a préfecture acts in. The actor recorded in events always comes from here, never from a body
 * or a header.
 */
public record Actor(String subject, String name, Set<Role> roles, Set<String> departements) {

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        departements = Set.copyOf(departements);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** A préfecture acts (commands) in its own départements only. */
    public boolean mayActIn(String departement) {
        return has(Role.PREFECTURE) && departements.contains(departement);
    }

    /** National roles read every département; a préfecture reads its own. */
    public boolean mayReadIn(String departement) {
        return readsEverywhere() || mayActIn(departement);
    }

    public boolean readsEverywhere() {
        return has(Role.MINISTRY) || has(Role.INSPECTION) || has(Role.AUDITOR);
    }
}
