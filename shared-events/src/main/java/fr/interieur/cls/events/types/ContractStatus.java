package fr.interieur.cls.events.types;

/** Where a contract is in its life. */
public enum ContractStatus {
    IN_PREPARATION, SIGNED, ENDED
}
