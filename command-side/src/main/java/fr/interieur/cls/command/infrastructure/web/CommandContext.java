package fr.interieur.cls.command.infrastructure.web;

import fr.interieur.cls.web.security.Actor;

/**
 * What an HTTP command request says besides its body: who sends it, why, under which correlation, which version
 * it expects ({@code If-Match}) and its idempotency key with the fingerprint of its body.
 */
public record CommandContext(Actor actor, String reason, String correlationId, Long expectedVersion,
                             String idempotencyKey, String requestHash) {
}
