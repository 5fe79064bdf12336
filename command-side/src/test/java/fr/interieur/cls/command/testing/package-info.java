/**
 * What the command-side tests share: a fixed "today", the Lyon–Vénissieux contract and the Vénissieux police
 * district at their stages, actors' metadata, matchers for refusals, and in-memory stand-ins for the JDBC
 * directories and territory claims.
 */
package fr.interieur.cls.command.testing;
