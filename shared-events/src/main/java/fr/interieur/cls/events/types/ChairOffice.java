package fr.interieur.cls.events.types;

/** Who chairs a steering committee: the préfet, or a sous-préfet he delegated. */
public enum ChairOffice {
    PREFET, SOUS_PREFET
}
