package fr.interieur.cls.query.infrastructure.security;

import fr.interieur.cls.web.security.Actor;
import fr.interieur.cls.web.security.CurrentActor;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;

/**
 * Département scope of reads: national roles read everything; a préfecture reads its own départements only,
 * and lists are narrowed to them.
 */
@Component
public class ReadAccess {

    public Actor actor() {
        return CurrentActor.get();
    }

    public void requireDepartement(String departement) {
        if (!actor().mayReadIn(departement)) {
            throw new Forbidden("you may not read data of département " + departement);
        }
    }

    public void requireNational(String what) {
        if (!actor().readsEverywhere()) {
            throw new Forbidden(what + " is for national roles; read your départements' views instead");
        }
    }

    /** The départements a list is narrowed to: empty for national roles (no narrowing). */
    public Optional<Set<String>> scope() {
        Actor actor = actor();
        return actor.readsEverywhere() ? Optional.empty() : Optional.of(actor.departements());
    }

    /** Narrows a list asked for one département (or none) to what the actor may read. */
    public Optional<Set<String>> scope(String departement) {
        if (departement != null && !departement.isBlank()) {
            requireDepartement(departement);
            return Optional.of(Set.of(departement));
        }
        return scope();
    }
}
