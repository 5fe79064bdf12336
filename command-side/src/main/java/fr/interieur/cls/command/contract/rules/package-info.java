/**
 * The rules of domain.md as named checks, each with its stable {@code rule} code(s): signatories and readiness
 * (rule 1), chair delegation (2), action sheets (3), live contracts, past dates and yearly assessments (4), one
 * live contract per commune and kind (5). Handlers call them; each has its own test.
 */
package fr.interieur.cls.command.contract.rules;
