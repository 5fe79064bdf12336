/**
 * The year-end report of a département (the « bilan » the circular of 16 October 2000 asks each préfet for): per
 * contract signed by the end of the year, the results of the year, the impact recorded in the year's assessment,
 * the conditions of follow-up, the flags as they stood at the end of the year and the proposals; then the
 * département's totals. Built when read from the contracts projection's documents, as JSON, CSV or a printable
 * HTML page.
 */
package fr.interieur.cls.query.report;
