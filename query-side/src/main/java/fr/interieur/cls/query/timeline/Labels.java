package fr.interieur.cls.query.timeline;

import fr.interieur.cls.events.types.ActionStatus;
import fr.interieur.cls.events.types.ActionTheme;
import fr.interieur.cls.events.types.ChairOffice;
import fr.interieur.cls.events.types.EndReason;
import fr.interieur.cls.events.types.PartnerCategory;
import fr.interieur.cls.events.types.ProximityWave;

/** The words of the circular and of préfectures for the domain's codes, as they read inside a sentence. */
final class Labels {

    private Labels() {
    }

    static String theme(ActionTheme theme) {
        return switch (theme) {
            case CITOYENNETE -> "accès à la citoyenneté";
            case TOXICOMANIES -> "lutte contre les toxicomanies";
            case DELINQUANCE_DES_MINEURS -> "délinquance des mineurs";
            case REINSERTION -> "réinsertion";
            case AIDE_AUX_VICTIMES -> "aide aux victimes";
            case SECURITE_SCOLAIRE -> "sécurité scolaire";
            case TRANSPORTS -> "sécurité dans les transports";
            case PREVENTION_SITUATIONNELLE -> "prévention situationnelle";
            case MEDIATION -> "médiation";
            case AUTRE -> "autre thème";
        };
    }

    static String category(PartnerCategory category) {
        return switch (category) {
            case PREFET -> "préfet";
            case PROCUREUR -> "procureur de la République";
            case MAIRE -> "maire";
            case RECTEUR -> "recteur ou inspecteur d'académie";
            case CONSEIL_GENERAL -> "conseil général";
            case CONSEIL_REGIONAL -> "conseil régional";
            case BAILLEUR_SOCIAL -> "bailleur social";
            case TRANSPORTEUR -> "transporteur";
            case ASSOCIATION -> "association";
            case CONSULAIRE -> "chambre consulaire";
            case SERVICE_ETAT -> "service de l'État";
            case AUTRE -> "autre partenaire";
        };
    }

    /** The status an action is in, agreeing with "action" (feminine). */
    static String status(ActionStatus status) {
        return switch (status) {
            case PLANNED -> "prévue";
            case IN_PROGRESS -> "en cours";
            case COMPLETED -> "achevée";
            case ABANDONED -> "abandonnée";
        };
    }

    static String chair(ChairOffice office, boolean feminine) {
        return switch (office) {
            case PREFET -> feminine ? "préfète" : "préfet";
            case SOUS_PREFET -> feminine ? "sous-préfète déléguée" : "sous-préfet délégué";
        };
    }

    /** Why a contract ended, after "Fin du contrat le …". */
    static String end(EndReason reason) {
        return switch (reason) {
            case EXPIRED -> "arrivé à échéance";
            case SUPERSEDED -> "remplacé";
            case DENOUNCED -> "dénoncé";
        };
    }

    static String wave(ProximityWave wave) {
        return switch (wave) {
            case PILOT -> "site pilote";
            case WAVE_1 -> "vague 1";
            case WAVE_2 -> "vague 2";
            case WAVE_3 -> "vague 3";
        };
    }

    /** The plural of an amount in a currency, or its ISO code when it has no French name here. */
    static String currency(String code, boolean plural) {
        return switch (code) {
            case "FRF" -> plural ? "francs" : "franc";
            case "EUR" -> plural ? "euros" : "euro";
            default -> code;
        };
    }
}
