/**
 * Contract summaries and details: the {@code contracts} projection (documents plus the facts flags are computed
 * from), the flags of domain.md, and the reads of api.md's {@code /contracts}.
 */
package fr.interieur.cls.query.contract;
