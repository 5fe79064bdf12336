package fr.interieur.cls.query.infrastructure.projection;

/** This query-side instance: the owner of the segments it claims, and its heartbeat. */
public record NodeId(String value) {
}
