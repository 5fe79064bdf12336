/** What both aggregates' command handlers share: rule violations, the actor's scope, today's date. */
package fr.interieur.cls.command.common;
