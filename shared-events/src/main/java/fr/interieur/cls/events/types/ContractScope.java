package fr.interieur.cls.events.types;

/** The territory a contract covers: one commune, several, quartiers, a transport network or an arrondissement. */
public enum ContractScope {
    COMMUNE, INTERCOMMUNAL, QUARTIER, TRANSPORT_NETWORK, ARRONDISSEMENT
}
