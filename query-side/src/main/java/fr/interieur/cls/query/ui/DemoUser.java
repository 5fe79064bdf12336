package fr.interieur.cls.query.ui;

import java.util.List;

/**
 * One of the fixed identities of the embedded run, as the sign-in page lists them and as its token carries them.
 *
 * @param id          what the page sends to {@code /ui/demo-token}
 * @param name        the token's {@code name}: the actor recorded if this user ever sent a command
 * @param description what the sign-in page says this user sees
 */
record DemoUser(String id, String name, String description, List<String> roles, List<String> departements) {

    /**
     * The users of the demo: one per kind of reader (domain.md), préfectures of the demo data's départements.
     * Fixed here, never taken from the request: the endpoint mints tokens for these and nothing else.
     */
    static final List<DemoUser> ALL = List.of(
            new DemoUser("prefecture-69", "Préfecture du Rhône", "Contrats et circonscriptions du Rhône (69)",
                         List.of("PREFECTURE"), List.of("69")),
            new DemoUser("prefecture-93", "Préfecture de la Seine-Saint-Denis",
                         "Contrats et circonscriptions de la Seine-Saint-Denis (93)", List.of("PREFECTURE"), List.of("93")),
            new DemoUser("prefecture-13", "Préfecture des Bouches-du-Rhône",
                         "Contrats et circonscriptions des Bouches-du-Rhône (13)", List.of("PREFECTURE"), List.of("13")),
            new DemoUser("ministere", "Ministère de l'Intérieur — bureau des CLS",
                         "Tableaux de bord national et départementaux", List.of("MINISTRY"), List.of()),
            new DemoUser("inspection", "Mission d'inspection (IGA)",
                         "Tous les départements, chronologies comprises", List.of("INSPECTION"), List.of()),
            new DemoUser("auditeur", "Auditeur",
                         "Tous les départements, et l'audit : état d'un contrat à une date, vérification du journal",
                         List.of("AUDITOR"), List.of()));

    static java.util.Optional<DemoUser> byId(String id) {
        return ALL.stream().filter(user -> user.id.equals(id)).findFirst();
    }
}
