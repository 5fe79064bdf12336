package fr.interieur.cls.command.infrastructure.idempotency;

/** The first answer to a request sent with an {@code Idempotency-Key}, given again to every retry. */
public record StoredAnswer(int status, String aggregateId, long version, long position) {
}
