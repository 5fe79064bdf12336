/**
 * Police districts (circonscriptions de sécurité publique): their registration, sectors and community-policing
 * deployment, one feature package per command.
 */
package fr.interieur.cls.command.district;
