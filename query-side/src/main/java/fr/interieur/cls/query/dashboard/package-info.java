/**
 * The dashboards of the ministry and of each département: contracts by status, population covered against the
 * police nationale zone, coverage gaps where community policing runs, flags, and actions by theme and status.
 * They combine the contracts and territory projections when read.
 */
package fr.interieur.cls.query.dashboard;
