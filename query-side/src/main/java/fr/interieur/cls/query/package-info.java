/**
 * The query side: projections that follow the event store (each in its own tables, with its own Axon pooled
 * streaming processor), and the reads of préfectures, the ministry, inspection missions, auditors and admins.
 * Feature packages hold a projection, its reads and its endpoint; {@code infrastructure} holds the wiring.
 */
package fr.interieur.cls.query;
