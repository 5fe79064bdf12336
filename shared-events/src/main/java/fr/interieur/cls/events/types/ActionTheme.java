package fr.interieur.cls.events.types;

/** The themes of the circular an action sheet belongs to. */
public enum ActionTheme {
    CITOYENNETE, TOXICOMANIES, DELINQUANCE_DES_MINEURS, REINSERTION, AIDE_AUX_VICTIMES, SECURITE_SCOLAIRE, TRANSPORTS, PREVENTION_SITUATIONNELLE, MEDIATION, AUTRE
}
