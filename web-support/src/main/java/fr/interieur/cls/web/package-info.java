/** HTTP conventions both services share: problems, request limits. */
package fr.interieur.cls.web;
