/**
 * Wiring only: the event source woken by PostgreSQL notifications, the projection manager (slots, rebuilds,
 * dead letters, positions), read consistency, security, schema migrations.
 */
package fr.interieur.cls.query.infrastructure;
