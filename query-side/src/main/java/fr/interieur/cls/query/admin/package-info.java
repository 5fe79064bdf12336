/** The admin endpoints: projections (status, blue/green rebuild) and dead letters (list, retry). */
package fr.interieur.cls.query.admin;
