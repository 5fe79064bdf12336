package fr.interieur.cls.command.contract.registry;

import fr.interieur.cls.events.types.ContractScope;

/**
 * Rule 5 compares contracts "of the same kind": a communal, intercommunal or arrondissement contract covers the
 * whole commune (one kind); quartier contracts and transport-network contracts are kinds of their own, that may
 * overlap a communal one.
 */
public enum ClaimKind {
    TERRITORY, QUARTIER, TRANSPORT;

    public static ClaimKind of(ContractScope scope) {
        return switch (scope) {
            case COMMUNE, INTERCOMMUNAL, ARRONDISSEMENT -> TERRITORY;
            case QUARTIER -> QUARTIER;
            case TRANSPORT_NETWORK -> TRANSPORT;
        };
    }
}
