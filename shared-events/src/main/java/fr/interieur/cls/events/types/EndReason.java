package fr.interieur.cls.events.types;

/** Why a contract ended. */
public enum EndReason {
    EXPIRED, SUPERSEDED, DENOUNCED
}
