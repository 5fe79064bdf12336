/**
 * The command side: préfectures' commands arrive over HTTP ({@code web} endpoints in each feature package), become
 * Axon commands on the {@link fr.interieur.cls.command.contract.Contract contract} and
 * {@link fr.interieur.cls.command.district.PoliceDistrict police district} aggregates, whose rules decide, and
 * end as events in the PostgreSQL event store. Feature packages hold a command, its handler and its endpoint;
 * {@code infrastructure} holds the wiring.
 */
package fr.interieur.cls.command;
