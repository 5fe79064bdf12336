/** Wiring only: Axon, the event store, the group-commit command bus, HTTP conventions, schema migrations. */
package fr.interieur.cls.command.infrastructure;
