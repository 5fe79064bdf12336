package fr.interieur.cls.command.infrastructure.idempotency;

import fr.interieur.cls.command.common.CleanRejection;

/** The key was first used for another request (other body, path or sender): 422. */
public class IdempotencyKeyReused extends RuntimeException implements CleanRejection {

    public IdempotencyKeyReused(String key) {
        super("Idempotency-Key \"" + key + "\" was already used for a different request");
    }
}
