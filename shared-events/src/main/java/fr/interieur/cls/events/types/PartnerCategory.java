package fr.interieur.cls.events.types;

/** Who a partner of a contract is. */
public enum PartnerCategory {
    PREFET, PROCUREUR, MAIRE, RECTEUR, CONSEIL_GENERAL, CONSEIL_REGIONAL, BAILLEUR_SOCIAL, TRANSPORTEUR, ASSOCIATION, CONSULAIRE, SERVICE_ETAT, AUTRE
}
