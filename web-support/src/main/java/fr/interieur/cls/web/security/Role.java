package fr.interieur.cls.web.security;

/** The roles of api.md's Security section, carried in the token's {@code roles} claim. */
public enum Role {
    /** Every command on districts and contracts of its départements; reads of its départements. */
    PREFECTURE,
    /** Reads dashboards, contracts, sector status and reports everywhere. */
    MINISTRY,
    /** Reads everything, timelines and exports. */
    INSPECTION,
    /** Reads everything and the audit endpoints. */
    AUDITOR,
    /** The admin endpoints (projections, dead letters) and the metrics. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
