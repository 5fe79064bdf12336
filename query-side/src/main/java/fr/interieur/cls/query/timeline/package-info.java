/**
 * The timeline: every event of every contract and police district as one entry, in the order of the event
 * store, with who did it, why, when it was recorded, the date of the act, and a sentence in French that says
 * what happened; read per contract and across contracts, for préfectures, inspection missions and auditors.
 */
package fr.interieur.cls.query.timeline;
