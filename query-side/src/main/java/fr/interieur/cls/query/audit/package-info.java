/**
 * The audit: a contract's raw history as stored (with every hash field, paged or as an NDJSON export), the contract
 * as it stood at any version or moment (folded from its events with the contracts projection's own fold) and what
 * changed between two versions, the verification of the per-aggregate hash chains, the daily digest of the heads of
 * all chains, and the {@code verify} command line for auditors who only hold a database dump. Everything here reads
 * the event store itself, never a projection. docs/audit.md is the auditor's guide.
 */
package fr.interieur.cls.query.audit;
