/**
 * The territory projection and the sector status reads: police districts and sectors, what live contracts
 * cover, community policing and the coverage gaps the circular asks préfets to close.
 */
package fr.interieur.cls.query.territory;
