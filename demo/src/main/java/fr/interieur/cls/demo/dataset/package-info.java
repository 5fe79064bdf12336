/**
 * The demo data set, one class per département: real communes (INSEE codes, 1999 census populations), police
 * districts with their sectors and community-policing waves, and about a dozen contracts in every state with
 * their histories over 1998-2002. People's names are invented; titles and institutions are those of the time.
 * {@code demo/README.md} says which contract shows which flag on 31 December 2002.
 */
package fr.interieur.cls.demo.dataset;
