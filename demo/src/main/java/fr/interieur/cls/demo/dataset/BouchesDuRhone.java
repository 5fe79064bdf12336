package fr.interieur.cls.demo.dataset;

import fr.interieur.cls.demo.script.ActionSheet;
import fr.interieur.cls.demo.script.Actor;
import fr.interieur.cls.demo.script.Commune;
import fr.interieur.cls.demo.script.ContractScript;
import fr.interieur.cls.demo.script.Diagnostic;
import fr.interieur.cls.demo.script.History;
import fr.interieur.cls.demo.script.Prefecture;

import static fr.interieur.cls.demo.script.Committee.held;
import static fr.interieur.cls.demo.script.ContractScript.m;
import static fr.interieur.cls.demo.script.ContractScript.sig;
import static fr.interieur.cls.demo.script.Diagnostic.figure;

/**
 * Bouches-du-Rhône (13). Marseille's city contract, left without follow-up since 2001 while the quartier
 * contract of the northern arrondissements (13e-16e) took over; Aix-en-Provence, whose follow-up went to the new
 * CLSPD in November 2002; Aubagne and La Penne-sur-Huveaune, expired; Vitrolles, just started.
 */
final class BouchesDuRhone {

    static final Commune MARSEILLE = new Commune("13055", "Marseille", 798_430);
    static final Commune AIX = new Commune("13001", "Aix-en-Provence", 134_222);
    static final Commune AUBAGNE = new Commune("13005", "Aubagne", 42_638);
    static final Commune LA_PENNE = new Commune("13070", "La Penne-sur-Huveaune", 6_020);
    static final Commune VITROLLES = new Commune("13117", "Vitrolles", 36_784);
    static final Commune MARIGNANE = new Commune("13054", "Marignane", 34_238);

    static final String PREFET = "Préfet de la région Provence-Alpes-Côte d'Azur, préfet des Bouches-du-Rhône";
    static final String PROCUREUR_MARSEILLE = "Procureur de la République près le tribunal de grande instance de Marseille";
    static final String PROCUREUR_AIX = "Procureur de la République près le tribunal de grande instance d'Aix-en-Provence";
    static final String RECTEUR = "Recteur de l'académie d'Aix-Marseille";
    static final String CG = "Président du conseil général des Bouches-du-Rhône";
    static final String DDSP = "Direction départementale de la sécurité publique des Bouches-du-Rhône";

    private BouchesDuRhone() {
    }

    static void write(History history) {
        Prefecture bouchesDuRhone = new Prefecture(history, "13",
                new Actor("pref13-bpd", "Bureau de la prévention de la délinquance, préfecture des Bouches-du-Rhône", "13"),
                new Actor("pref13-cabinet", "Cabinet du préfet de la région Provence-Alpes-Côte d'Azur, préfet des "
                                            + "Bouches-du-Rhône", "13"),
                new Actor("pref13-ville", "Mission ville, préfecture des Bouches-du-Rhône", "13"));
        Actor aix = new Actor("pref13-sp-aix", "Sous-préfecture d'Aix-en-Provence", "13");
        Actor istres = new Actor("pref13-sp-istres", "Sous-préfecture d'Istres", "13");
        territory(bouchesDuRhone);
        marseille(bouchesDuRhone);
        marseilleNord(bouchesDuRhone);
        aix(bouchesDuRhone, aix);
        aubagne(bouchesDuRhone);
        vitrolles(bouchesDuRhone, istres);
    }

    private static void territory(Prefecture p) {
        p.district("CSP-13-MARSEILLE", "Circonscription de sécurité publique de Marseille", MARSEILLE)
         .sector("MARSEILLE-CENTRE", "Marseille 1er-3e – Belsunce, Noailles, Belle de Mai", 95_000, "Belsunce",
                 "Noailles", "Belle de Mai", "Saint-Mauront")
         .sector("MARSEILLE-13", "Marseille 13e – Frais-Vallon, Malpassé, La Rose", 88_000, "Frais-Vallon",
                 "Malpassé", "La Rose", "Les Olives")
         .sector("MARSEILLE-14", "Marseille 14e – Busserine, Font-Vert, Le Merlan", 62_000, "La Busserine",
                 "Font-Vert", "Le Merlan", "Saint-Barthélemy")
         .sector("MARSEILLE-15", "Marseille 15e – La Castellane, La Savine, Plan d'Aou", 78_000, "La Castellane",
                 "La Savine", "Plan d'Aou", "La Solidarité", "Les Aygalades")
         .sector("MARSEILLE-16", "Marseille 16e – La Bricarde, Saint-Henri, L'Estaque", 16_000, "La Bricarde",
                 "Saint-Henri", "L'Estaque", "Saint-André")
         .proximityPolicing("1", "2000-06-26", "Première vague de la police de proximité");
        p.district("CSP-13-AIX", "Circonscription de sécurité publique d'Aix-en-Provence", AIX)
         .sector("AIX-JAS-DE-BOUFFAN", "Aix-en-Provence – Jas-de-Bouffan", 17_000, "Jas-de-Bouffan")
         .sector("AIX-ENCAGNANE", "Aix-en-Provence – Encagnane, Corsy", 13_000, "Encagnane", "Corsy", "Les Facultés")
         .sector("AIX-CENTRE", "Aix-en-Provence – Centre ancien, Mazarin", 31_000, "Centre ancien", "Mazarin",
                 "Sextius")
         .proximityPolicing("2", "2000-10-23", "Deuxième vague de la police de proximité");
        p.district("CSP-13-AUBAGNE", "Circonscription de sécurité publique d'Aubagne", AUBAGNE, LA_PENNE)
         .sector("AUBAGNE-CHARREL", "Aubagne – Le Charrel, La Tourtelle", 7_000, "Le Charrel", "La Tourtelle")
         .sector("AUBAGNE-CENTRE", "Aubagne – Centre", 35_638, "Centre", "Les Passons")
         .sector("LA-PENNE", "La Penne-sur-Huveaune", 6_020, "La Penne-sur-Huveaune");
        p.district("CSP-13-VITROLLES", "Circonscription de sécurité publique de Vitrolles", VITROLLES)
         .sector("VITROLLES-PINS", "Vitrolles – Les Pins, Le Liourat", 14_000, "Les Pins", "Le Liourat")
         .sector("VITROLLES-PLATEAU", "Vitrolles – Plateau, La Frescoule", 22_784, "Le Plateau", "La Frescoule",
                 "Les Hauts de Vitrolles")
         .proximityPolicing("3", "2001-05-14", "Troisième vague de la police de proximité");
        p.district("CSP-13-MARIGNANE", "Circonscription de sécurité publique de Marignane", MARIGNANE);
    }

    /** The city contract, no longer followed since late 2001 (four flags). */
    private static void marseille(Prefecture p) {
        ContractScript c = p.contract("CLS-13-MARSEILLE", "Contrat local de sécurité de la ville de Marseille")
                .scope("COMMUNE").communes(MARSEILLE).districts("CSP-13-MARSEILLE")
                .sectors("MARSEILLE-CENTRE", "MARSEILLE-13", "MARSEILLE-14", "MARSEILLE-15", "MARSEILLE-16")
                .drafted("1998-06-16")
                .because("Élaboration du contrat de la ville de Marseille")
                .partner("PREFET", PREFET, "PREFET")
                .partner("PROCUREUR", PROCUREUR_MARSEILLE, "PROCUREUR")
                .mayor("MAIRE-MARSEILLE", "Maire de Marseille", MARSEILLE)
                .partner("RECTEUR", RECTEUR, "RECTEUR")
                .partner("CG13", CG, "CONSEIL_GENERAL")
                .partner("HMP", "Habitat Marseille Provence (office public d'aménagement et de construction)",
                         "BAILLEUR_SOCIAL")
                .partner("RTM", "Régie des transports de Marseille (RTM)", "TRANSPORTEUR")
                .partner("ASSO-VICTIMES", "Association d'aide aux victimes d'infractions des Bouches-du-Rhône",
                         "ASSOCIATION")
                .partner("DDSP13", DDSP, "SERVICE_ETAT");
        c.diagnostic(Diagnostic.adopted("1998-11-17")
                .delinquency("""
                        92 300 faits constatés en 1997 dans la circonscription. Vols avec violence et vols à la
                        tire dans le centre (Belsunce, Noailles, la Canebière) ; trafic de stupéfiants et
                        dégradations dans les cités des arrondissements nord.""",
                        figure("107", "Faits constatés (total de l'état 4001)", "1997", 92_300,
                               "État 4001, DDSP des Bouches-du-Rhône"),
                        figure(null, "Vols avec violence", "1997", 7_850, "État 4001, DDSP des Bouches-du-Rhône"))
                .perception("Forte insécurité ressentie dans le centre-ville ; sentiment d'abandon dans les quartiers nord.",
                            "Enquête de l'observatoire municipal de la sécurité (1998)")
                .responses("Îlotage limité au centre ; aucune coordination entre la police municipale et la police nationale.")
                .finding("MARSEILLE-CENTRE", "Vols avec violence, vols à la tire")
                .finding("MARSEILLE-15", "Trafic de stupéfiants dans les cités"));
        c.action("1999-01-12", ActionSheet.of("MRS-CENTRE", "Îlotage et médiation à Belsunce et Noailles", "MEDIATION")
                .objective("Médiateurs de rue et îlotiers dans les rues commerçantes du centre")
                .lead("MAIRE-MARSEILLE").with("DDSP13")
                .in("MARSEILLE-CENTRE")
                .from("1999-03-01", "2003-12-31").budget(2_600_000, "FRF", "Ville de Marseille", "Emplois-jeunes")
                .indicator("MRS-CEN-VOLS", "Vols avec violence dans le centre (douze mois glissants)", "faits", 3_900, 2_800, "DDSP des Bouches-du-Rhône"))
         .action("1999-01-12", ActionSheet.of("MRS-ECOLES", "Sécurité aux abords des écoles et des collèges des 13e et 14e",
                                             "SECURITE_SCOLAIRE")
                .objective("Correspondants police-école et sorties accompagnées")
                .lead("RECTEUR").with("DDSP13")
                .in("MARSEILLE-13", "MARSEILLE-14")
                .from("1999-03-01", "2001-06-30").budget(240_000, "FRF", "Éducation nationale")
                .indicator("MRS-ECO-INC", "Incidents signalés aux abords des établissements (douze mois glissants)", "incidents", 260, 150,
                           "Rectorat d'Aix-Marseille"))
         .action("1999-01-12", ActionSheet.of("MRS-CHEVAL", "Brigade équestre dans les parcs des quartiers nord",
                                             "PREVENTION_SITUATIONNELLE")
                .objective("Patrouilles à cheval dans les parcs et collines des 15e et 16e")
                .lead("MAIRE-MARSEILLE")
                .in("MARSEILLE-15", "MARSEILLE-16")
                .from("1999-06-01", "2001-12-31").budget(900_000, "FRF", "Ville de Marseille")
                .indicator("MRS-CHE-PAT", "Patrouilles réalisées", "patrouilles", 0, 400, "Police municipale"))
         .action("1999-01-12", ActionSheet.of("MRS-VICTIMES", "Bureaux d'aide aux victimes dans les commissariats d'arrondissement",
                                             "AIDE_AUX_VICTIMES")
                .objective("Une permanence hebdomadaire dans chaque commissariat d'arrondissement")
                .lead("ASSO-VICTIMES").with("PROCUREUR")
                .in("MARSEILLE-CENTRE", "MARSEILLE-13", "MARSEILLE-14", "MARSEILLE-15", "MARSEILLE-16")
                .from("1999-03-01", "2003-12-31").budget(760_000, "FRF", "Ministère de la justice", "Ville de Marseille")
                .indicator("MRS-VIC-REC", "Victimes reçues", "personnes", 0, 4000, "Association d'aide aux victimes"));
        c.signed("1999-03-30", sig("PREFET", "Le préfet des Bouches-du-Rhône"),
                 sig("PROCUREUR", "Le procureur de la République de Marseille"),
                 sig("MAIRE-MARSEILLE", "Le maire de Marseille", "Ville de Marseille"),
                 sig("RECTEUR", "Le recteur de l'académie d'Aix-Marseille"),
                 sig("CG13", "Le président du conseil général", "Département des Bouches-du-Rhône"))
         .because("Signature à l'hôtel de ville de Marseille")
         .delegation("M. Jean-Marc Vidal", "1999-04-01", "2002-08-31")
         .because("Présidence du comité de pilotage déléguée au sous-préfet chargé de mission pour la politique de la ville")
         .report("1999-06-30", "MRS-CENTRE", "IN_PROGRESS", "Vingt médiateurs de rue recrutés", m("MRS-CEN-VOLS", 3_820))
         .report("1999-06-30", "MRS-ECOLES", "IN_PROGRESS", null, m("MRS-ECO-INC", 248))
         .report("1999-06-30", "MRS-VICTIMES", "IN_PROGRESS", null, m("MRS-VIC-REC", 380))
         .committee(held("1999-10-19", "MRS-COPIL-1999-10").chairedByPrefet("Préfet des Bouches-du-Rhône")
                .partners("MAIRE-MARSEILLE", "PROCUREUR", "RECTEUR", "CG13", "HMP", "RTM")
                .reviewed("MRS-CENTRE", "MRS-ECOLES", "MRS-CHEVAL", "MRS-VICTIMES")
                .decided("Trouver des écuries pour la brigade équestre avant l'hiver"))
         .report("1999-12-31", "MRS-CENTRE", null, null, m("MRS-CEN-VOLS", 3_640))
         .report("1999-12-31", "MRS-ECOLES", null, null, m("MRS-ECO-INC", 231))
         .report("1999-12-31", "MRS-VICTIMES", null, null, m("MRS-VIC-REC", 910))
         .report("2000-02-15", "MRS-CHEVAL", "ABANDONED", "Projet abandonné faute d'écuries et de cavaliers formés")
         .assessed("2000-04-11", 1999, """
                        Médiation de rue engagée dans le centre ; 910 victimes reçues ; brigade équestre
                        abandonnée.""",
                   "Vols avec violence en baisse de 7 % dans le centre.",
                   "Un comité de pilotage en 1999.",
                   "Amélioration ressentie par les commerçants du centre.",
                   "Décliner le contrat dans les quartiers nord avec un contrat de quartier")
         .committee(held("2000-05-16", "MRS-COPIL-2000-05").chairedBySousPrefet("Jean-Marc Vidal")
                .partners("MAIRE-MARSEILLE", "PROCUREUR", "RECTEUR", "ASSO-VICTIMES")
                .reviewed("MRS-CENTRE", "MRS-ECOLES", "MRS-VICTIMES")
                .decided("Préparer un contrat propre aux quartiers nord"))
         .communication("2000-06-15", "Conférence de presse", "Presse régionale",
                        "Présentation du premier bilan du contrat et de l'arrivée de la police de proximité")
         .report("2000-12-31", "MRS-CENTRE", null, null, m("MRS-CEN-VOLS", 3_410))
         .report("2000-12-31", "MRS-ECOLES", null, null, m("MRS-ECO-INC", 204))
         .report("2000-12-31", "MRS-VICTIMES", null, null, m("MRS-VIC-REC", 1_870))
         .committee(held("2001-01-30", "MRS-COPIL-2001-01").chairedBySousPrefet("Jean-Marc Vidal")
                .partners("MAIRE-MARSEILLE", "PROCUREUR", "HMP")
                .reviewed("MRS-CENTRE", "MRS-ECOLES", "MRS-VICTIMES"))
         .diagnostic(Diagnostic.adopted("2001-03-13")
                .delinquency("88 700 faits constatés en 2000 (-3,9 % depuis 1997).",
                        figure("107", "Faits constatés (total de l'état 4001)", "2000", 88_700,
                               "État 4001, DDSP des Bouches-du-Rhône"))
                .perception("Amélioration dans le centre.", "Observatoire municipal de la sécurité (janvier 2001)")
                .responses("La police de proximité est installée dans les cinq secteurs ; les quartiers nord ont leur "
                           + "propre contrat depuis décembre 2000.")
                .finding("MARSEILLE-CENTRE", "Vols avec violence en baisse"))
         .assessed("2001-04-24", 2000, "Médiation de rue pérennisée ; 1 870 victimes reçues ; incidents aux abords des "
                                       + "écoles en baisse de 22 %.",
                   "Vols avec violence en baisse de 13 % dans le centre depuis 1998.",
                   "Deux comités de pilotage en 2000.", "Amélioration dans le centre.")
         .report("2001-06-30", "MRS-ECOLES", "COMPLETED", "Correspondants police-école pérennisés", m("MRS-ECO-INC", 188))
         .report("2001-06-30", "MRS-CENTRE", null, null, m("MRS-CEN-VOLS", 3_300))
         .report("2001-10-31", "MRS-CENTRE", null, "Dernier tableau de bord transmis par la ville",
                 m("MRS-CEN-VOLS", 3_260))
         .committee(held("2001-11-06", "MRS-COPIL-2001-11").chairedBySousPrefet("Jean-Marc Vidal")
                .partners("MAIRE-MARSEILLE", "PROCUREUR", "RECTEUR")
                .reviewed("MRS-CENTRE", "MRS-VICTIMES")
                .decided("Le suivi du contrat de ville se fera désormais avec celui des quartiers nord (non fait)"))
         .report("2002-09-30", "MRS-VICTIMES", null, null, m("MRS-VIC-REC", 3_520));
    }

    /** The quartier contract of the 13th to 16th arrondissements: followed closely (no flag). */
    private static void marseilleNord(Prefecture p) {
        ContractScript c = p.contract("CLS-13-MARSEILLE-NORD",
                                      "Contrat local de sécurité des quartiers nord de Marseille (13e-16e arrondissements)")
                .scope("QUARTIER").communes(MARSEILLE).districts("CSP-13-MARSEILLE")
                .sectors("MARSEILLE-13", "MARSEILLE-14", "MARSEILLE-15", "MARSEILLE-16")
                .population(244_000)
                .drafted("2000-07-11")
                .because("Un contrat propre aux quartiers nord, décliné dans les quatre secteurs de police de proximité")
                .partner("PREFET", PREFET, "PREFET")
                .partner("PROCUREUR", PROCUREUR_MARSEILLE, "PROCUREUR")
                .mayor("MAIRE-MARSEILLE", "Maire de Marseille", MARSEILLE)
                .mayor("MAIRE-15-16", "Maire des 15e et 16e arrondissements (mairie de secteur)", MARSEILLE)
                .partner("RECTEUR", RECTEUR, "RECTEUR")
                .partner("CG13", CG, "CONSEIL_GENERAL")
                .partner("CR-PACA", "Président du conseil régional Provence-Alpes-Côte d'Azur", "CONSEIL_REGIONAL")
                .partner("HMP", "Habitat Marseille Provence (office public d'aménagement et de construction)",
                         "BAILLEUR_SOCIAL")
                .partner("LOGIREM", "Logirem, société anonyme d'HLM", "BAILLEUR_SOCIAL")
                .partner("RTM", "Régie des transports de Marseille (RTM)", "TRANSPORTEUR")
                .partner("ASSO-PREVENTION", "Association de prévention spécialisée des quartiers nord", "ASSOCIATION")
                .partner("ASSO-TOX", "Association de réduction des risques et de prévention des toxicomanies",
                         "ASSOCIATION")
                .partner("PJJ13", "Direction départementale de la protection judiciaire de la jeunesse des Bouches-du-Rhône",
                         "SERVICE_ETAT")
                .partner("DDSP13", DDSP, "SERVICE_ETAT");
        c.diagnostic(Diagnostic.adopted("2000-10-10")
                .delinquency("""
                        31 400 faits constatés en 1999 dans les quatre secteurs nord. Trafic de stupéfiants
                        structuré dans plusieurs cités (La Castellane, La Busserine), caillassages des bus RTM,
                        incendies de véhicules ; les mineurs représentent 38 % des mis en cause.""",
                        figure("107", "Faits constatés, secteurs nord", "1999", 31_400, "État 4001, DDSP des Bouches-du-Rhône"),
                        figure(null, "Caillassages de bus RTM", "1999", 214, "Service sûreté de la RTM"),
                        figure(null, "Part des mineurs parmi les mis en cause", "1999", 38, "DDSP des Bouches-du-Rhône"))
                .perception("""
                        Les habitants se disent oubliés ; les chauffeurs de bus refusent certaines dessertes le
                        soir ; les gardiens se sentent seuls face aux trafics.""",
                        "Enquête auprès de 900 habitants des 13e-16e (été 2000)",
                        "Entretiens avec les chauffeurs de la RTM et les gardiens")
                .responses("La police de proximité arrive ; la prévention spécialisée manque de moyens.")
                .finding("MARSEILLE-13", "Frais-Vallon : trafic et occupation des halls")
                .finding("MARSEILLE-14", "La Busserine : caillassages des bus")
                .finding("MARSEILLE-15", "La Castellane et La Savine : trafic de stupéfiants structuré")
                .finding("MARSEILLE-16", "La Bricarde : incendies de véhicules"));
        c.action("2000-11-07", ActionSheet.of("MN-MEDIATION", "Médiateurs sociaux dans les cités des 15e et 16e", "MEDIATION")
                .objective("Médiateurs en soirée dans les cités, en lien avec les gardiens et les îlotiers")
                .lead("LOGIREM").with("HMP", "ASSO-PREVENTION")
                .in("MARSEILLE-15", "MARSEILLE-16")
                .from("2001-01-15", "2004-12-31").budget(3_200_000, "FRF", "Fonds interministériel pour la ville",
                                                        "Logirem", "Habitat Marseille Provence")
                .indicator("MN-MED-INT", "Interventions de médiation", "interventions", 0, 3000, "Logirem"))
         .action("2000-11-07", ActionSheet.of("MN-BUS", "Sécurisation des lignes de bus RTM des quartiers nord", "TRANSPORTS")
                .objective("Accompagnement des bus le soir et vitres anti-caillassage")
                .lead("RTM").with("DDSP13")
                .in("MARSEILLE-13", "MARSEILLE-14", "MARSEILLE-15")
                .from("2001-01-15", "2004-12-31").budget(2_700_000, "FRF", "RTM", "Ville de Marseille", "Région")
                .indicator("MN-BUS-CAIL", "Caillassages de bus (douze mois glissants)", "faits", 214, 100, "Service sûreté de la RTM"))
         .action("2000-11-07", ActionSheet.of("MN-MINEURS", "Réponse pénale rapide pour les mineurs", "DELINQUANCE_DES_MINEURS")
                .objective("Traitement en temps réel et mesure éducative dans le mois pour chaque mineur mis en cause")
                .lead("PROCUREUR").with("PJJ13")
                .in("MARSEILLE-13", "MARSEILLE-14", "MARSEILLE-15", "MARSEILLE-16")
                .from("2001-01-15", "2004-12-31").budget(1_500_000, "FRF", "Ministère de la justice", "Département")
                .indicator("MN-MIN-DELAI", "Délai moyen entre l'interpellation et la mesure éducative", "jours", 120, 30,
                           "Parquet de Marseille")
                .indicator("MN-MIN-SUIVIS", "Mineurs pris en charge", "mineurs", 0, 400, "PJJ des Bouches-du-Rhône"))
         .action("2000-11-07", ActionSheet.of("MN-TOX", "Prévention des toxicomanies et réduction des risques", "TOXICOMANIES")
                .objective("Une équipe de rue et un lieu d'accueil pour les usagers et leurs familles")
                .lead("ASSO-TOX").with("CG13")
                .in("MARSEILLE-14", "MARSEILLE-15")
                .from("2001-03-01", "2004-12-31").budget(1_100_000, "FRF", "MILDT", "Département des Bouches-du-Rhône")
                .indicator("MN-TOX-CONT", "Personnes rencontrées par l'équipe de rue", "personnes", 0, 1500,
                           "Association de réduction des risques"))
         .action("2000-11-07", ActionSheet.of("MN-CITOYEN", "Chantiers éducatifs et citoyenneté à Frais-Vallon", "CITOYENNETE")
                .objective("Chantiers de rénovation des espaces communs par les jeunes du quartier")
                .lead("CR-PACA").with("HMP", "ASSO-PREVENTION")
                .in("MARSEILLE-13")
                .from("2001-03-01", "2002-06-30").budget(680_000, "FRF", "Région Provence-Alpes-Côte d'Azur", "HMP")
                .indicator("MN-CIT-JEUNES", "Jeunes en chantier", "jeunes", 0, 120, "Habitat Marseille Provence"));
        c.signed("2000-12-19", sig("PREFET", "Le préfet des Bouches-du-Rhône"),
                 sig("PROCUREUR", "Le procureur de la République de Marseille"),
                 sig("MAIRE-MARSEILLE", "Le maire de Marseille", "Ville de Marseille"),
                 sig("MAIRE-15-16", "Le maire des 15e et 16e arrondissements", "Mairie des 15e et 16e arrondissements"),
                 sig("RECTEUR", "Le recteur de l'académie d'Aix-Marseille"),
                 sig("CG13", "Le président du conseil général", "Département des Bouches-du-Rhône"),
                 sig("CR-PACA", "Le président du conseil régional", "Région Provence-Alpes-Côte d'Azur"),
                 sig("HMP", "Le directeur général d'Habitat Marseille Provence"),
                 sig("LOGIREM", "Le directeur général de Logirem"),
                 sig("RTM", "Le directeur général de la RTM"))
         .because("Signature à la mairie des 15e et 16e arrondissements, deux mois après la circulaire du 16 octobre 2000")
         .delegation("M. Jean-Marc Vidal", "2001-01-01", "2002-08-31")
         .because("Présidence du comité de pilotage déléguée au sous-préfet chargé de mission pour la politique de la ville")
         .committee(held("2001-03-27", "MN-COPIL-2001-03").chairedByPrefet("Préfet des Bouches-du-Rhône")
                .partners("MAIRE-MARSEILLE", "MAIRE-15-16", "PROCUREUR", "RTM", "LOGIREM", "HMP")
                .guest("Directeur départemental de la sécurité publique", "DDSP des Bouches-du-Rhône")
                .reviewed("MN-MEDIATION", "MN-BUS", "MN-MINEURS", "MN-TOX", "MN-CITOYEN")
                .decided("Tableau de bord trimestriel par secteur, transmis au comité")
                .next("2001-09-18"))
         .report("2001-03-31", "MN-MEDIATION", "IN_PROGRESS", "Vingt-quatre médiateurs en poste", m("MN-MED-INT", 210))
         .report("2001-03-31", "MN-BUS", "IN_PROGRESS", null, m("MN-BUS-CAIL", 205))
         .report("2001-03-31", "MN-MINEURS", "IN_PROGRESS", null, m("MN-MIN-DELAI", 96), m("MN-MIN-SUIVIS", 41))
         .communication("2001-05-12", "Fête de quartier", "Habitants de La Savine et de La Castellane",
                        "Stands de la police de proximité, des médiateurs et de la RTM lors de la fête de quartier")
         .report("2001-06-30", "MN-MEDIATION", null, null, m("MN-MED-INT", 540))
         .report("2001-06-30", "MN-BUS", null, null, m("MN-BUS-CAIL", 196))
         .report("2001-06-30", "MN-TOX", "IN_PROGRESS", null, m("MN-TOX-CONT", 180))
         .report("2001-06-30", "MN-CITOYEN", "IN_PROGRESS", null, m("MN-CIT-JEUNES", 34))
         .committee(held("2001-09-18", "MN-COPIL-2001-09").chairedBySousPrefet("Jean-Marc Vidal")
                .partners("MAIRE-15-16", "PROCUREUR", "PJJ13", "ASSO-PREVENTION", "ASSO-TOX")
                .reviewed("MN-MEDIATION", "MN-BUS", "MN-MINEURS", "MN-TOX")
                .next("2002-03-12"))
         .report("2001-09-30", "MN-MEDIATION", null, null, m("MN-MED-INT", 880))
         .report("2001-09-30", "MN-MINEURS", null, null, m("MN-MIN-DELAI", 71), m("MN-MIN-SUIVIS", 118))
         .diagnostic(Diagnostic.adopted("2001-11-20")
                .delinquency("30 200 faits constatés en 2000 dans les secteurs nord (-3,8 %).",
                        figure("107", "Faits constatés, secteurs nord", "2000", 30_200, "État 4001, DDSP des Bouches-du-Rhône"),
                        figure(null, "Caillassages de bus RTM", "2000", 188, "Service sûreté de la RTM"))
                .perception("Les chauffeurs de bus reprennent les dessertes du soir.", "Enquête RTM (octobre 2001)")
                .responses("Médiation et police de proximité travaillent ensemble ; délais de réponse pénale en baisse.")
                .finding("MARSEILLE-14", "Caillassages en baisse")
                .finding("MARSEILLE-15", "Trafic toujours structuré à La Castellane"))
         .because("Actualisation après un an d'exécution")
         .report("2001-12-31", "MN-MEDIATION", null, null, m("MN-MED-INT", 1_190))
         .report("2001-12-31", "MN-BUS", null, null, m("MN-BUS-CAIL", 161))
         .report("2001-12-31", "MN-TOX", null, null, m("MN-TOX-CONT", 410))
         .report("2001-12-31", "MN-CITOYEN", null, null, m("MN-CIT-JEUNES", 77))
         .assessed("2002-03-12", 2001, """
                        1 190 interventions de médiation ; 161 caillassages de bus contre 214 en 1999 ; délai de
                        réponse pénale pour les mineurs ramené de 120 à 71 jours ; 410 personnes rencontrées par
                        l'équipe de rue.""",
                   "Faits constatés en baisse de 3,8 % dans les secteurs nord.",
                   "Comité de pilotage semestriel ; tableau de bord trimestriel par secteur.",
                   "Les habitants de La Savine signalent une amélioration ; rien ne change à La Castellane.",
                   "Renforcer la présence de la police de proximité à La Castellane")
         .committee(held("2002-03-12", "MN-COPIL-2002-03").chairedBySousPrefet("Jean-Marc Vidal")
                .partners("MAIRE-MARSEILLE", "MAIRE-15-16", "PROCUREUR", "RTM", "LOGIREM")
                .reviewed("MN-MEDIATION", "MN-BUS", "MN-MINEURS", "MN-TOX", "MN-CITOYEN")
                .next("2002-07-09"))
         .report("2002-03-31", "MN-MEDIATION", null, null, m("MN-MED-INT", 1_510))
         .report("2002-03-31", "MN-MINEURS", null, null, m("MN-MIN-DELAI", 58), m("MN-MIN-SUIVIS", 205))
         .review("2002-06-04", "Réunion de bilan avec les médiateurs, les chauffeurs de la RTM, les gardiens et les îlotiers",
                 "DDSP", "RTM", "Logirem", "Habitat Marseille Provence", "Médiateurs", "Îlotiers des quatre secteurs")
         .report("2002-06-30", "MN-CITOYEN", "COMPLETED", "Cent vingt-six jeunes ont participé aux chantiers",
                 m("MN-CIT-JEUNES", 126))
         .report("2002-06-30", "MN-BUS", null, null, m("MN-BUS-CAIL", 138))
         .committee(held("2002-07-09", "MN-COPIL-2002-07").chairedBySousPrefet("Jean-Marc Vidal")
                .partners("MAIRE-15-16", "PROCUREUR", "PJJ13", "HMP", "ASSO-PREVENTION")
                .reviewed("MN-MEDIATION", "MN-BUS", "MN-MINEURS", "MN-TOX")
                .next("2002-11-19"))
         .delegation("Mme Sophie Marchetti", "2002-09-01", null)
         .because("Arrivée de la nouvelle sous-préfète chargée de mission pour la politique de la ville")
         .diagnostic(Diagnostic.adopted("2002-09-24")
                .delinquency("29 100 faits constatés en 2001 dans les secteurs nord (-3,6 %).",
                        figure("107", "Faits constatés, secteurs nord", "2001", 29_100, "État 4001, DDSP des Bouches-du-Rhône"),
                        figure(null, "Caillassages de bus RTM", "2001", 161, "Service sûreté de la RTM"))
                .perception("Amélioration ressentie dans les 13e et 14e.", "Enquête habitants (juin 2002)")
                .responses("Actions conformes au calendrier.")
                .finding("MARSEILLE-15", "La Castellane : trafic persistant malgré la présence policière")
                .finding("MARSEILLE-16", "Incendies de véhicules en baisse"))
         .because("Actualisation annuelle")
         .report("2002-09-30", "MN-TOX", null, null, m("MN-TOX-CONT", 1_020))
         .report("2002-10-31", "MN-MINEURS", null, null, m("MN-MIN-DELAI", 41), m("MN-MIN-SUIVIS", 318))
         .committee(held("2002-11-19", "MN-COPIL-2002-11").chairedBySousPrefet("Sophie Marchetti")
                .partners("MAIRE-MARSEILLE", "MAIRE-15-16", "PROCUREUR", "RTM", "LOGIREM", "ASSO-TOX", "DDSP13")
                .reviewed("MN-MEDIATION", "MN-BUS", "MN-MINEURS", "MN-TOX")
                .decided("Reconduire les médiateurs en 2003", "Préparer le bilan 2002")
                .next("2003-03-18"))
         .report("2002-11-30", "MN-BUS", null, null, m("MN-BUS-CAIL", 112))
         .report("2002-12-16", "MN-MEDIATION", null, null, m("MN-MED-INT", 2_640));
    }

    /** Followed closely, then entrusted to the new CLSPD (no flag). */
    private static void aix(Prefecture p, Actor subPrefecture) {
        ContractScript c = p.contract("CLS-13-AIX", "Contrat local de sécurité d'Aix-en-Provence")
                .scope("COMMUNE").communes(AIX).districts("CSP-13-AIX")
                .sectors("AIX-JAS-DE-BOUFFAN", "AIX-ENCAGNANE", "AIX-CENTRE")
                .localActor(subPrefecture)
                .drafted("1998-05-05")
                .partner("PREFET", PREFET, "PREFET")
                .partner("PROCUREUR", PROCUREUR_AIX, "PROCUREUR")
                .mayor("MAIRE-AIX", "Maire d'Aix-en-Provence", AIX)
                .partner("RECTEUR", RECTEUR, "RECTEUR")
                .partner("CG13", CG, "CONSEIL_GENERAL")
                .partner("PAYS-AIX-HABITAT", "Office public d'HLM du pays d'Aix", "BAILLEUR_SOCIAL")
                .partner("ASSO-AIX", "Association aixoise de médiation et d'aide aux victimes", "ASSOCIATION")
                .partner("DDSP13", DDSP, "SERVICE_ETAT");
        c.diagnostic(Diagnostic.adopted("1998-09-22")
                .delinquency("""
                        11 480 faits constatés en 1997. Nuisances et vols la nuit dans le centre ancien,
                        délinquance des mineurs au Jas-de-Bouffan et à Encagnane.""",
                        figure("107", "Faits constatés (total de l'état 4001)", "1997", 11_480, "État 4001, CSP d'Aix-en-Provence"))
                .perception("Les riverains du centre se plaignent du bruit et des dégradations nocturnes.",
                            "Enquête municipale (printemps 1998)")
                .responses("Police municipale de jour seulement ; prévention spécialisée au Jas-de-Bouffan.")
                .finding("AIX-CENTRE", "Nuisances et vols la nuit")
                .finding("AIX-JAS-DE-BOUFFAN", "Rassemblements de jeunes, dégradations"));
        c.action("1998-10-20", ActionSheet.of("AIX-JAS", "Médiation et animation de prévention au Jas-de-Bouffan", "MEDIATION")
                .objective("Médiateurs en soirée et animations sportives")
                .lead("ASSO-AIX").with("PAYS-AIX-HABITAT")
                .in("AIX-JAS-DE-BOUFFAN")
                .from("1999-01-01", "2003-12-31").budget(820_000, "FRF", "Ville d'Aix-en-Provence", "Emplois-jeunes")
                .indicator("AIX-JAS-INT", "Interventions de médiation", "interventions", 0, 1500, "Association aixoise"))
         .action("1998-10-20", ActionSheet.of("AIX-NUIT", "Tranquillité nocturne du centre ancien", "PREVENTION_SITUATIONNELLE")
                .objective("Patrouilles de nuit coordonnées et médiation avec les établissements de nuit")
                .lead("MAIRE-AIX").with("DDSP13")
                .in("AIX-CENTRE")
                .from("1999-01-01", "2003-12-31").budget(540_000, "FRF", "Ville d'Aix-en-Provence")
                .indicator("AIX-NUIT-PL", "Plaintes pour nuisances nocturnes (douze mois glissants)", "plaintes", 640, 350, "Police municipale"))
         .action("1998-10-20", ActionSheet.of("AIX-ENCAGNANE", "Prévention de la délinquance des mineurs à Encagnane",
                                             "DELINQUANCE_DES_MINEURS")
                .objective("Rappels à la loi et mesures de réparation dans le quartier")
                .lead("PROCUREUR").with("ASSO-AIX")
                .in("AIX-ENCAGNANE")
                .from("1999-01-01", "2001-12-31").budget(260_000, "FRF", "Ministère de la justice")
                .indicator("AIX-ENC-MES", "Mesures de réparation", "mesures", 0, 150, "Parquet d'Aix-en-Provence"));
        c.signed("1998-12-15", sig("PREFET", "Le préfet des Bouches-du-Rhône"),
                 sig("PROCUREUR", "Le procureur de la République d'Aix-en-Provence"),
                 sig("MAIRE-AIX", "Le maire d'Aix-en-Provence", "Ville d'Aix-en-Provence"),
                 sig("RECTEUR", "Le recteur de l'académie d'Aix-Marseille"),
                 sig("PAYS-AIX-HABITAT", "Le directeur de l'office public d'HLM du pays d'Aix"))
         .because("Signature à la sous-préfecture d'Aix-en-Provence")
         .delegation("M. Pierre Castagné", "1999-01-01", null)
         .because("Le sous-préfet d'Aix-en-Provence présidera le comité de pilotage")
         .report("1999-06-30", "AIX-JAS", "IN_PROGRESS", null, m("AIX-JAS-INT", 150))
         .report("1999-06-30", "AIX-NUIT", "IN_PROGRESS", null, m("AIX-NUIT-PL", 615))
         .report("1999-06-30", "AIX-ENCAGNANE", "IN_PROGRESS", null, m("AIX-ENC-MES", 18))
         .committee(held("1999-06-22", "AIX-COPIL-1999-06").chairedBySousPrefet("Pierre Castagné")
                .partners("MAIRE-AIX", "PROCUREUR", "PAYS-AIX-HABITAT", "ASSO-AIX")
                .reviewed("AIX-JAS", "AIX-NUIT", "AIX-ENCAGNANE")
                .next("2000-01-18"))
         .report("1999-12-31", "AIX-JAS", null, null, m("AIX-JAS-INT", 390))
         .report("1999-12-31", "AIX-NUIT", null, null, m("AIX-NUIT-PL", 590))
         .report("1999-12-31", "AIX-ENCAGNANE", null, null, m("AIX-ENC-MES", 41))
         .committee(held("2000-01-18", "AIX-COPIL-2000-01").chairedBySousPrefet("Pierre Castagné")
                .partners("MAIRE-AIX", "PROCUREUR", "RECTEUR")
                .reviewed("AIX-JAS", "AIX-NUIT", "AIX-ENCAGNANE")
                .next("2000-09-19"))
         .assessed("2000-02-22", 1999, "390 interventions de médiation ; 41 mesures de réparation.",
                   "Plaintes pour nuisances nocturnes en baisse de 8 %.", "Deux comités de pilotage.",
                   "Amélioration ressentie au centre.")
         .communication("2000-05-23", "Réunion publique", "Riverains et exploitants du centre ancien",
                        "Charte de la vie nocturne présentée par le sous-préfet et le maire")
         .committee(held("2000-09-19", "AIX-COPIL-2000-09").chairedBySousPrefet("Pierre Castagné")
                .partners("MAIRE-AIX", "PROCUREUR", "ASSO-AIX")
                .reviewed("AIX-JAS", "AIX-NUIT", "AIX-ENCAGNANE")
                .next("2001-03-20"))
         .diagnostic(Diagnostic.adopted("2000-12-12")
                .delinquency("10 920 faits constatés en 1999 (-4,9 %).",
                        figure("107", "Faits constatés (total de l'état 4001)", "1999", 10_920, "État 4001, CSP d'Aix-en-Provence"))
                .perception("Amélioration au centre.", "Enquête municipale (novembre 2000)")
                .responses("Police de proximité déployée en octobre 2000 dans les trois secteurs.")
                .finding("AIX-ENCAGNANE", "Mineurs réitérants peu nombreux mais très actifs"))
         .report("2000-12-31", "AIX-JAS", null, null, m("AIX-JAS-INT", 700))
         .report("2000-12-31", "AIX-NUIT", null, null, m("AIX-NUIT-PL", 540))
         .report("2000-12-31", "AIX-ENCAGNANE", null, null, m("AIX-ENC-MES", 88))
         .assessed("2001-02-20", 2000, "700 interventions de médiation ; 88 mesures de réparation.",
                   "Plaintes pour nuisances en baisse de 16 % depuis 1997.", "Trois comités de pilotage.",
                   "Amélioration au centre.", "Ajouter une action d'aide aux victimes")
         .committee(held("2001-03-20", "AIX-COPIL-2001-03").chairedBySousPrefet("Pierre Castagné")
                .partners("MAIRE-AIX", "PROCUREUR", "CG13", "ASSO-AIX")
                .reviewed("AIX-JAS", "AIX-NUIT", "AIX-ENCAGNANE")
                .decided("Créer un point d'aide aux victimes dans chaque secteur")
                .next("2001-10-16"))
         .action("2001-04-03", ActionSheet.of("AIX-VICTIMES", "Aide aux victimes dans les trois secteurs", "AIDE_AUX_VICTIMES")
                .objective("Une permanence d'aide aux victimes dans chaque secteur de police de proximité")
                .lead("ASSO-AIX").with("PROCUREUR")
                .in("AIX-JAS-DE-BOUFFAN", "AIX-ENCAGNANE", "AIX-CENTRE")
                .from("2001-06-01", "2004-12-31").budget(300_000, "FRF", "Ministère de la justice", "Ville d'Aix-en-Provence")
                .indicator("AIX-VIC-REC", "Victimes reçues", "personnes", 0, 1200, "Association aixoise"))
         .committee(held("2001-10-16", "AIX-COPIL-2001-10").chairedBySousPrefet("Pierre Castagné")
                .partners("MAIRE-AIX", "PROCUREUR", "ASSO-AIX", "DDSP13")
                .reviewed("AIX-JAS", "AIX-NUIT", "AIX-ENCAGNANE", "AIX-VICTIMES")
                .next("2002-04-16"))
         .report("2001-12-31", "AIX-ENCAGNANE", "COMPLETED", "Mesures de réparation intégrées au droit commun",
                 m("AIX-ENC-MES", 152))
         .report("2001-12-31", "AIX-JAS", null, null, m("AIX-JAS-INT", 1_010))
         .report("2001-12-31", "AIX-NUIT", null, null, m("AIX-NUIT-PL", 470))
         .report("2001-12-31", "AIX-VICTIMES", "IN_PROGRESS", null, m("AIX-VIC-REC", 210))
         .assessed("2002-02-19", 2001, "1 010 interventions de médiation ; 152 mesures de réparation ; 210 victimes reçues.",
                   "Faits constatés en baisse de 8 % depuis 1997.", "Deux comités de pilotage ; tableaux de bord semestriels.",
                   "Amélioration ressentie dans les trois secteurs.", "Confier le suivi au futur conseil local de sécurité")
         .diagnostic(Diagnostic.adopted("2002-03-19")
                .delinquency("10 540 faits constatés en 2001 (-3,5 %).",
                        figure("107", "Faits constatés (total de l'état 4001)", "2001", 10_540, "État 4001, CSP d'Aix-en-Provence"))
                .perception("Amélioration dans les trois secteurs.", "Enquête municipale (février 2002)")
                .responses("Partenariat solide ; la ville souhaite un conseil local de sécurité.")
                .finding("AIX-CENTRE", "Nuisances nocturnes en baisse")
                .finding("AIX-JAS-DE-BOUFFAN", "Moins de dégradations"))
         .because("Actualisation annuelle")
         .committee(held("2002-04-16", "AIX-COPIL-2002-04").chairedBySousPrefet("Pierre Castagné")
                .partners("MAIRE-AIX", "PROCUREUR", "RECTEUR", "PAYS-AIX-HABITAT")
                .reviewed("AIX-JAS", "AIX-NUIT", "AIX-VICTIMES")
                .next("2002-10-08"))
         .report("2002-06-30", "AIX-VICTIMES", null, null, m("AIX-VIC-REC", 530))
         .committee(held("2002-10-08", "AIX-COPIL-2002-10").chairedBySousPrefet("Pierre Castagné")
                .partners("MAIRE-AIX", "PROCUREUR", "ASSO-AIX", "DDSP13")
                .reviewed("AIX-JAS", "AIX-NUIT", "AIX-VICTIMES")
                .decided("Transférer le suivi au conseil local de sécurité et de prévention de la délinquance dès son installation"))
         .report("2002-10-31", "AIX-NUIT", null, null, m("AIX-NUIT-PL", 402))
         .report("2002-11-30", "AIX-VICTIMES", null, null, m("AIX-VIC-REC", 790))
         .followUpTransferred("2002-11-26", "Conseil local de sécurité et de prévention de la délinquance d'Aix-en-Provence")
         .because("Installation du CLSPD (décret du 17 juillet 2002) ; la gouvernance du contrat reste inchangée")
         .report("2002-12-05", "AIX-JAS", null, null, m("AIX-JAS-INT", 1_380));
    }

    /** Expired at the end of 2001. */
    private static void aubagne(Prefecture p) {
        ContractScript c = p.contract("CLS-13-AUBAGNE",
                                      "Contrat local de sécurité intercommunal d'Aubagne et de La Penne-sur-Huveaune")
                .scope("INTERCOMMUNAL").communes(AUBAGNE, LA_PENNE).districts("CSP-13-AUBAGNE")
                .drafted("1998-04-21")
                .partner("PREFET", PREFET, "PREFET")
                .partner("PROCUREUR", PROCUREUR_MARSEILLE, "PROCUREUR")
                .mayor("MAIRE-AUBAGNE", "Maire d'Aubagne", AUBAGNE)
                .mayor("MAIRE-LA-PENNE", "Maire de La Penne-sur-Huveaune", LA_PENNE)
                .partner("RECTEUR", RECTEUR, "RECTEUR")
                .partner("LOGIREM", "Logirem, société anonyme d'HLM", "BAILLEUR_SOCIAL")
                .partner("ASSO-AUBAGNE", "Association aubagnaise de prévention", "ASSOCIATION");
        c.diagnostic(Diagnostic.adopted("1998-07-07")
                .delinquency("3 120 faits constatés en 1997 ; dégradations au Charrel, cambriolages à La Penne.",
                        figure("107", "Faits constatés (total de l'état 4001)", "1997", 3_120, "État 4001, CSP d'Aubagne"))
                .perception("Inquiétude limitée au Charrel.", "Réunions de quartier (juin 1998)")
                .responses("Coordination police municipale – police nationale à construire."));
        c.action("1998-09-08", ActionSheet.of("AUB-CHARREL", "Médiation au Charrel", "MEDIATION")
                .objective("Deux médiateurs en soirée")
                .lead("ASSO-AUBAGNE").with("LOGIREM")
                .from("1999-01-01", "2001-12-31").budget(380_000, "FRF", "Ville d'Aubagne", "Logirem")
                .indicator("AUB-CHA-INT", "Interventions de médiation", "interventions", 0, 600, "Association aubagnaise"))
         .action("1998-09-08", ActionSheet.of("AUB-ECOLE", "Prévention routière et citoyenneté dans les écoles", "SECURITE_SCOLAIRE")
                .objective("Interventions dans les classes de CM2 des deux communes")
                .lead("RECTEUR").with("MAIRE-LA-PENNE")
                .from("1999-01-01", "2000-06-30").budget(45_000, "FRF", "Éducation nationale")
                .indicator("AUB-ECO-CLASSES", "Classes touchées", "classes", 0, 40, "Inspection académique"));
        c.signed("1998-12-08", sig("PREFET", "Le préfet des Bouches-du-Rhône"),
                 sig("PROCUREUR", "Le procureur de la République de Marseille"),
                 sig("MAIRE-AUBAGNE", "Le maire d'Aubagne", "Ville d'Aubagne"),
                 sig("MAIRE-LA-PENNE", "Le maire de La Penne-sur-Huveaune", "Commune de La Penne-sur-Huveaune"))
         .report("1999-06-30", "AUB-CHARREL", "IN_PROGRESS", null, m("AUB-CHA-INT", 70))
         .report("1999-06-30", "AUB-ECOLE", "IN_PROGRESS", null, m("AUB-ECO-CLASSES", 14))
         .committee(held("1999-05-18", "AUB-COPIL-1999-05").chairedByPrefet("Préfet des Bouches-du-Rhône")
                .partners("MAIRE-AUBAGNE", "MAIRE-LA-PENNE", "PROCUREUR")
                .reviewed("AUB-CHARREL", "AUB-ECOLE"))
         .report("1999-12-31", "AUB-CHARREL", null, null, m("AUB-CHA-INT", 160))
         .assessed("2000-03-07", 1999, "160 interventions de médiation ; 14 classes touchées.",
                   "Dégradations en baisse au Charrel.", "Un comité de pilotage.", null)
         .committee(held("2000-03-21", "AUB-COPIL-2000-03").chairedByPrefet("Préfet des Bouches-du-Rhône")
                .partners("MAIRE-AUBAGNE", "MAIRE-LA-PENNE", "LOGIREM")
                .reviewed("AUB-CHARREL", "AUB-ECOLE"))
         .report("2000-06-30", "AUB-ECOLE", "COMPLETED", null, m("AUB-ECO-CLASSES", 38))
         .report("2000-12-31", "AUB-CHARREL", null, null, m("AUB-CHA-INT", 390))
         .assessed("2001-02-27", 2000, "390 interventions de médiation ; action scolaire achevée (38 classes).",
                   "Stable.", "Un comité de pilotage.", null)
         .committee(held("2001-02-13", "AUB-COPIL-2001-02").chairedByPrefet("Préfet des Bouches-du-Rhône")
                .partners("MAIRE-AUBAGNE", "MAIRE-LA-PENNE")
                .reviewed("AUB-CHARREL")
                .decided("Pas de renouvellement envisagé à l'échéance"))
         .report("2001-12-31", "AUB-CHARREL", "COMPLETED", null, m("AUB-CHA-INT", 610))
         .ended("2001-12-31", "EXPIRED", null)
         .because("Contrat arrivé à échéance ; les deux communes n'ont pas demandé son renouvellement");
    }

    /** Just started: partners gathered, no diagnostic yet (diagnostic-missing). */
    private static void vitrolles(Prefecture p, Actor istres) {
        p.contract("CLS-13-VITROLLES", "Contrat local de sécurité de Vitrolles")
         .scope("COMMUNE").communes(VITROLLES).districts("CSP-13-VITROLLES")
         .localActor(istres)
         .drafted("2002-11-05")
         .because("Démarche engagée à la demande de la municipalité, avec la sous-préfecture d'Istres")
         .partner("PREFET", PREFET, "PREFET")
         .partner("PROCUREUR", PROCUREUR_AIX, "PROCUREUR")
         .mayor("MAIRE-VITROLLES", "Maire de Vitrolles", VITROLLES)
         .partner("RECTEUR", RECTEUR, "RECTEUR")
         .partner("LOGIREM", "Logirem, société anonyme d'HLM", "BAILLEUR_SOCIAL")
         .partner("ASSO-VITROLLES", "Association vitrollaise de médiation", "ASSOCIATION")
         .partner("DDSP13", DDSP, "SERVICE_ETAT")
         .review("2002-12-10", "Réunion de lancement du diagnostic local de sécurité avec les services de l'État",
                 "DDSP", "Parquet d'Aix-en-Provence", "Éducation nationale", "Logirem", "Ville de Vitrolles");
    }
}
