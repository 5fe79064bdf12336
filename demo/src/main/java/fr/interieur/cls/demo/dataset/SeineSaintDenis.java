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
 * Seine-Saint-Denis (93). Saint-Denis, a pilot site whose steering committee stopped meeting in March 2002;
 * Aubervilliers and La Courneuve, without their 2001 assessment; Clichy-sous-Bois and Montfermeil, a contract kept
 * alive but whose police district leaves Le Raincy uncovered; Montreuil's expired contract and its successor in
 * preparation; Bobigny, in preparation since 2000 on a diagnostic now stale.
 */
final class SeineSaintDenis {

    static final Commune SAINT_DENIS = new Commune("93066", "Saint-Denis", 85_832);
    static final Commune AUBERVILLIERS = new Commune("93001", "Aubervilliers", 63_136);
    static final Commune LA_COURNEUVE = new Commune("93027", "La Courneuve", 35_310);
    static final Commune BOBIGNY = new Commune("93008", "Bobigny", 44_079);
    static final Commune MONTREUIL = new Commune("93048", "Montreuil", 90_674);
    static final Commune CLICHY = new Commune("93014", "Clichy-sous-Bois", 28_288);
    static final Commune MONTFERMEIL = new Commune("93047", "Montfermeil", 25_809);
    static final Commune LE_RAINCY = new Commune("93062", "Le Raincy", 13_488);

    static final String PREFET = "Préfet de la Seine-Saint-Denis";
    static final String PROCUREUR = "Procureur de la République près le tribunal de grande instance de Bobigny";
    static final String IA = "Inspecteur d'académie, directeur des services départementaux de l'Éducation nationale "
                             + "de la Seine-Saint-Denis";
    static final String CG = "Président du conseil général de la Seine-Saint-Denis";
    static final String DDSP = "Direction départementale de la sécurité publique de la Seine-Saint-Denis";

    private SeineSaintDenis() {
    }

    static void write(History history) {
        Prefecture seineSaintDenis = new Prefecture(history, "93",
                new Actor("pref93-bsp", "Bureau de la sécurité et de la prévention, préfecture de la Seine-Saint-Denis", "93"),
                new Actor("pref93-cabinet", "Cabinet du préfet de la Seine-Saint-Denis", "93"),
                new Actor("pref93-sp-saint-denis", "Sous-préfecture de Saint-Denis", "93"));
        Actor raincy = new Actor("pref93-sp-raincy", "Sous-préfecture du Raincy", "93");
        Actor ville = new Actor("pref93-ville", "Mission ville, préfecture de la Seine-Saint-Denis", "93");
        territory(seineSaintDenis);
        saintDenis(seineSaintDenis);
        aubervilliersLaCourneuve(seineSaintDenis);
        clichyMontfermeil(seineSaintDenis, raincy);
        montreuil1999(seineSaintDenis, ville);
        montreuil2002(seineSaintDenis, ville);
        bobigny(seineSaintDenis, ville);
    }

    private static void territory(Prefecture p) {
        p.district("CSP-93-SAINT-DENIS", "Circonscription de sécurité publique de Saint-Denis", SAINT_DENIS)
         .sector("SAINT-DENIS-FRANCS-MOISINS", "Saint-Denis – Francs-Moisins, Bel-Air", 11_900, "Les Francs-Moisins",
                 "Bel-Air", "Cité Allende")
         .sector("SAINT-DENIS-CENTRE", "Saint-Denis – Centre-ville, Basilique", 27_400, "Centre-ville", "Basilique",
                 "Porte de Paris")
         .sector("SAINT-DENIS-PLAINE", "Saint-Denis – La Plaine, Stade de France", 11_600, "La Plaine",
                 "Stade de France", "Cornillon")
         .sector("SAINT-DENIS-FLOREAL", "Saint-Denis – Floréal, Saussaie, Courtille", 10_300, "Floréal", "La Saussaie",
                 "La Courtille")
         .proximityPolicing("PILOT", "1999-04-12", "Site pilote de la police de proximité");
        p.district("CSP-93-AUBERVILLIERS", "Circonscription de sécurité publique d'Aubervilliers", AUBERVILLIERS)
         .sector("AUBERVILLIERS-QUATRE-CHEMINS", "Aubervilliers – Villette, Quatre-Chemins", 16_200, "La Villette",
                 "Les Quatre-Chemins")
         .sector("AUBERVILLIERS-MALADRERIE", "Aubervilliers – Maladrerie, Émile-Dubois", 12_400, "La Maladrerie",
                 "Émile-Dubois")
         .sector("AUBERVILLIERS-CENTRE", "Aubervilliers – Centre, Landy", 21_500, "Centre", "Le Landy", "Vallès")
         .proximityPolicing("1", "2000-06-19", "Première vague de la police de proximité");
        p.district("CSP-93-LA-COURNEUVE", "Circonscription de sécurité publique de La Courneuve", LA_COURNEUVE)
         .sector("LA-COURNEUVE-4000", "La Courneuve – Les 4000", 13_200, "Cité des 4000 nord", "Cité des 4000 sud",
                 "Balzac")
         .sector("LA-COURNEUVE-QUATRE-ROUTES", "La Courneuve – Quatre-Routes, Centre", 22_110, "Les Quatre-Routes",
                 "Centre", "Verlaine")
         .proximityPolicing("1", "2000-06-19", "Première vague de la police de proximité");
        p.district("CSP-93-BOBIGNY", "Circonscription de sécurité publique de Bobigny", BOBIGNY)
         .sector("BOBIGNY-ABREUVOIR", "Bobigny – L'Abreuvoir, Salvador-Allende", 9_800, "L'Abreuvoir",
                 "Salvador-Allende")
         .sector("BOBIGNY-ETOILE", "Bobigny – L'Étoile, Karl-Marx, Paul-Éluard", 15_600, "L'Étoile", "Karl-Marx",
                 "Paul-Éluard")
         .sector("BOBIGNY-CENTRE", "Bobigny – Centre, Jean-Jaurès", 18_679, "Centre", "Jean-Jaurès")
         .proximityPolicing("1", "2000-09-11", "Première vague de la police de proximité");
        p.district("CSP-93-MONTREUIL", "Circonscription de sécurité publique de Montreuil", MONTREUIL)
         .sector("MONTREUIL-BAS", "Montreuil – Bas-Montreuil", 31_200, "Bas-Montreuil", "Croix-de-Chavaux")
         .sector("MONTREUIL-BOISSIERE", "Montreuil – La Boissière, Montreau", 19_800, "La Boissière", "Montreau",
                 "Le Morillon nord")
         .sector("MONTREUIL-MORILLON", "Montreuil – Le Morillon, Ramenay", 14_900, "Le Morillon", "Ramenay",
                 "Bel-Air")
         .proximityPolicing("2", "2000-10-23", "Deuxième vague de la police de proximité");
        p.district("CSP-93-LE-RAINCY", "Circonscription de sécurité publique du Raincy", LE_RAINCY, CLICHY, MONTFERMEIL)
         .sector("CLICHY-SOUS-BOIS", "Clichy-sous-Bois", 28_288, "Le Chêne-Pointu", "Le Bois-du-Temple", "La Pelouse",
                 "Le Plateau")
         .sector("MONTFERMEIL-BOSQUETS", "Montfermeil – Les Bosquets, Franceville", 10_100, "Les Bosquets",
                 "Franceville")
         .sector("MONTFERMEIL-CENTRE", "Montfermeil – Centre, Coudreaux", 15_709, "Centre", "Les Coudreaux")
         .sector("LE-RAINCY", "Le Raincy", 13_488, "Centre", "Plateau", "Avenue Thiers")
         .proximityPolicing("2", "2000-11-13", "Deuxième vague de la police de proximité");
    }

    /** A pilot site, well followed until its steering committee stopped meeting in March 2002 (committee-overdue). */
    private static void saintDenis(Prefecture p) {
        ContractScript c = p.contract("CLS-93-SAINT-DENIS", "Contrat local de sécurité de Saint-Denis")
                .scope("COMMUNE").communes(SAINT_DENIS).districts("CSP-93-SAINT-DENIS")
                .sectors("SAINT-DENIS-FRANCS-MOISINS", "SAINT-DENIS-CENTRE", "SAINT-DENIS-PLAINE", "SAINT-DENIS-FLOREAL")
                .drafted("1998-02-17")
                .because("Un contrat avant la Coupe du monde : le Stade de France ouvre en janvier")
                .partner("PREFET", PREFET, "PREFET")
                .partner("PROCUREUR", PROCUREUR, "PROCUREUR")
                .mayor("MAIRE-SAINT-DENIS", "Maire de Saint-Denis", SAINT_DENIS)
                .partner("IA93", IA, "RECTEUR")
                .partner("CG93", CG, "CONSEIL_GENERAL")
                .partner("OPH-SAINT-DENIS", "Office public d'HLM de Saint-Denis", "BAILLEUR_SOCIAL")
                .partner("RATP", "RATP, département du réseau ferré et des bus", "TRANSPORTEUR")
                .partner("SNCF", "SNCF, direction Île-de-France (RER B et D)", "TRANSPORTEUR")
                .partner("ASSO-VICTIMES", "Association dionysienne d'aide aux victimes", "ASSOCIATION")
                .partner("ASSO-PREVENTION", "Association de prévention spécialisée de Saint-Denis", "ASSOCIATION")
                .partner("CCI", "Chambre de commerce et d'industrie de Paris, délégation de la Seine-Saint-Denis",
                         "CONSULAIRE")
                .partner("DDSP93", DDSP, "SERVICE_ETAT");
        c.diagnostic(Diagnostic.adopted("1998-05-26")
                .delinquency("""
                        14 930 faits constatés en 1997. Vols avec violence autour de la gare et de la basilique,
                        trafic de stupéfiants aux Francs-Moisins, vols à la roulotte à La Plaine où s'achève le Stade
                        de France.""",
                        figure("107", "Faits constatés (total de l'état 4001)", "1997", 14_930,
                               "État 4001, CSP de Saint-Denis"),
                        figure(null, "Vols avec violence", "1997", 1_640, "État 4001, CSP de Saint-Denis"))
                .perception("""
                        Fort sentiment d'insécurité dans les transports et autour des gares ; les habitants des
                        Francs-Moisins se sentent abandonnés.""",
                        "Enquête de victimation de la Ville de Saint-Denis (1997)",
                        "Entretiens avec les gardiens de l'office public d'HLM")
                .responses("Commissariat saturé ; prévention spécialisée présente mais sans lien avec la police.")
                .finding("SAINT-DENIS-FRANCS-MOISINS", "Trafic de stupéfiants, halls occupés")
                .finding("SAINT-DENIS-PLAINE", "Vols à la roulotte, chantier du Stade de France")
                .finding("SAINT-DENIS-CENTRE", "Vols avec violence autour de la gare")
                .finding("SAINT-DENIS-FLOREAL", "Conflits de voisinage"));
        c.action("1998-07-07", ActionSheet.of("SD-STADE", "Sécurité autour du Stade de France et de La Plaine",
                                             "PREVENTION_SITUATIONNELLE")
                .objective("Dispositif commun les soirs de match et aménagement des abords")
                .lead("MAIRE-SAINT-DENIS").with("CCI", "RATP", "SNCF")
                .in("SAINT-DENIS-PLAINE")
                .from("1998-07-15", "2000-12-31").budget(1_800_000, "FRF", "Ville de Saint-Denis", "Consortium du Stade de France")
                .indicator("SD-STADE-FAITS", "Faits constatés les soirs de match", "faits", 140, 60, "CSP de Saint-Denis"))
         .action("1998-07-07", ActionSheet.of("SD-MEDIATEURS", "Médiateurs de quartier aux Francs-Moisins et à Floréal",
                                             "MEDIATION")
                .objective("Présence de médiateurs en soirée, en lien avec les gardiens et les îlotiers")
                .lead("ASSO-PREVENTION").with("OPH-SAINT-DENIS")
                .in("SAINT-DENIS-FRANCS-MOISINS", "SAINT-DENIS-FLOREAL")
                .from("1998-10-01", "2003-12-31").budget(1_450_000, "FRF", "Emplois-jeunes", "Ville de Saint-Denis",
                                                        "Office public d'HLM")
                .indicator("SD-MED-INT", "Interventions de médiation", "interventions", 0, 2500, "Association de prévention"))
         .action("1998-07-07", ActionSheet.of("SD-VICTIMES", "Accueil des victimes au commissariat et à la maison de justice",
                                             "AIDE_AUX_VICTIMES")
                .objective("Une permanence quotidienne d'aide aux victimes")
                .lead("ASSO-VICTIMES").with("PROCUREUR")
                .in("SAINT-DENIS-CENTRE")
                .from("1998-10-01", "2003-12-31").budget(420_000, "FRF", "Ministère de la justice", "Ville de Saint-Denis")
                .indicator("SD-VIC-REC", "Victimes reçues", "personnes", 0, 2000, "Association dionysienne d'aide aux victimes"))
         .action("1998-07-07", ActionSheet.of("SD-RER", "Sécurisation des gares RER et de la ligne 13", "TRANSPORTS")
                .objective("Patrouilles communes RATP, SNCF et police dans les gares de Saint-Denis")
                .lead("RATP").with("SNCF")
                .in("SAINT-DENIS-CENTRE", "SAINT-DENIS-PLAINE")
                .from("1998-10-01", "2003-12-31").budget(900_000, "FRF", "RATP", "SNCF", "Région Île-de-France")
                .indicator("SD-RER-ATT", "Atteintes aux voyageurs dans les gares (douze mois glissants)", "faits", 620, 400, "RATP et SNCF"))
         .action("1998-07-07", ActionSheet.of("SD-COLLEGES", "Lutte contre le racket aux abords des collèges",
                                             "SECURITE_SCOLAIRE")
                .objective("Correspondants police dans les collèges, sorties accompagnées")
                .lead("IA93").with("DDSP93")
                .in("SAINT-DENIS-FRANCS-MOISINS", "SAINT-DENIS-CENTRE")
                .from("1998-09-01", "2001-06-30").budget(120_000, "FRF", "Éducation nationale")
                .indicator("SD-COL-RACKET", "Faits de racket signalés (douze mois glissants)", "faits", 95, 50, "Inspection académique"));
        c.signed("1998-10-05", sig("PREFET", "Le préfet de la Seine-Saint-Denis"),
                 sig("PROCUREUR", "Le procureur de la République de Bobigny"),
                 sig("MAIRE-SAINT-DENIS", "Le maire de Saint-Denis", "Ville de Saint-Denis"),
                 sig("IA93", "L'inspecteur d'académie"),
                 sig("CG93", "Le président du conseil général", "Département de la Seine-Saint-Denis"),
                 sig("RATP", "Le directeur du département des bus de la RATP"))
         .because("Signature en mairie de Saint-Denis")
         .report("1998-12-31", "SD-STADE", "IN_PROGRESS", "Dispositif rodé pendant la Coupe du monde", m("SD-STADE-FAITS", 118))
         .report("1998-12-31", "SD-MEDIATEURS", "IN_PROGRESS", null, m("SD-MED-INT", 160))
         .report("1998-12-31", "SD-VICTIMES", "IN_PROGRESS", null, m("SD-VIC-REC", 140))
         .report("1998-12-31", "SD-COLLEGES", "IN_PROGRESS", null, m("SD-COL-RACKET", 88))
         .delegation("M. Olivier Lemaire", "1999-01-01", null)
         .because("Le sous-préfet de Saint-Denis présidera le comité de pilotage")
         .committee(held("1999-02-09", "SD-COPIL-1999-02").chairedBySousPrefet("Olivier Lemaire")
                .partners("MAIRE-SAINT-DENIS", "PROCUREUR", "IA93", "RATP", "OPH-SAINT-DENIS")
                .guest("Commissaire central de Saint-Denis", "DDSP de la Seine-Saint-Denis")
                .reviewed("SD-STADE", "SD-MEDIATEURS", "SD-VICTIMES", "SD-COLLEGES")
                .decided("Lancer les patrouilles communes dans les gares RER")
                .next("1999-09-28"))
         .report("1999-03-31", "SD-RER", "IN_PROGRESS", null, m("SD-RER-ATT", 598))
         .communication("1999-06-12", "Forum public", "Habitants et commerçants de Saint-Denis",
                        "Forum « Sécurité, tous concernés » à la bourse du travail, avec le sous-préfet et le commissaire")
         .report("1999-06-30", "SD-MEDIATEURS", null, null, m("SD-MED-INT", 540))
         .report("1999-06-30", "SD-VICTIMES", null, null, m("SD-VIC-REC", 410))
         .committee(held("1999-09-28", "SD-COPIL-1999-09").chairedBySousPrefet("Olivier Lemaire")
                .partners("MAIRE-SAINT-DENIS", "PROCUREUR", "SNCF", "ASSO-PREVENTION")
                .reviewed("SD-MEDIATEURS", "SD-RER")
                .decided("Associer les îlotiers du site pilote aux médiateurs")
                .next("2000-03-28"))
         .report("1999-12-31", "SD-STADE", null, null, m("SD-STADE-FAITS", 96))
         .report("1999-12-31", "SD-MEDIATEURS", null, null, m("SD-MED-INT", 880))
         .report("1999-12-31", "SD-VICTIMES", null, null, m("SD-VIC-REC", 720))
         .report("1999-12-31", "SD-RER", null, null, m("SD-RER-ATT", 561))
         .report("1999-12-31", "SD-COLLEGES", null, null, m("SD-COL-RACKET", 74))
         .assessed("2000-02-29", 1999, """
                        Dispositif du Stade de France efficace (96 faits les soirs de match contre 140) ; 880
                        interventions de médiation ; 720 victimes reçues.""",
                   "Faits constatés en baisse de 4 % ; vols avec violence en baisse autour de la gare.",
                   "Comité de pilotage semestriel présidé par le sous-préfet ; tableaux de bord trimestriels.",
                   "Amélioration ressentie dans le centre.",
                   "Étendre la médiation au centre-ville")
         .diagnostic(Diagnostic.adopted("2000-03-21")
                .delinquency("14 210 faits constatés en 1999 (-4,8 %). La police de proximité, pilote depuis avril 1999, "
                             + "permet un suivi par secteur.",
                        figure("107", "Faits constatés (total de l'état 4001)", "1999", 14_210,
                               "État 4001, CSP de Saint-Denis"))
                .perception("Amélioration dans les transports ; inquiétude persistante aux Francs-Moisins.",
                            "Enquête de victimation de la Ville (janvier 2000)")
                .responses("La médiation et la police de proximité se complètent.")
                .finding("SAINT-DENIS-FRANCS-MOISINS", "Trafic toujours actif"))
         .committee(held("2000-03-28", "SD-COPIL-2000-03").chairedBySousPrefet("Olivier Lemaire")
                .partners("MAIRE-SAINT-DENIS", "PROCUREUR", "IA93", "CG93")
                .reviewed("SD-MEDIATEURS", "SD-VICTIMES", "SD-RER")
                .next("2000-10-17"))
         .committee(held("2000-10-17", "SD-COPIL-2000-10").chairedBySousPrefet("Olivier Lemaire")
                .partners("MAIRE-SAINT-DENIS", "PROCUREUR", "RATP", "CCI")
                .reviewed("SD-STADE", "SD-RER")
                .decided("Clore l'action Stade de France, intégrée au dispositif ordinaire")
                .next("2001-05-15"))
         .review("2000-11-30", "Bilan avec les chefs de service de l'État et les acteurs de première ligne",
                 "DDSP", "Parquet de Bobigny", "Inspection académique", "RATP", "SNCF", "Médiateurs", "Gardiens")
         .report("2000-12-31", "SD-STADE", "COMPLETED", "Intégré au dispositif ordinaire de la police", m("SD-STADE-FAITS", 71))
         .report("2000-12-31", "SD-MEDIATEURS", null, null, m("SD-MED-INT", 1_390))
         .report("2000-12-31", "SD-VICTIMES", null, null, m("SD-VIC-REC", 1_080))
         .report("2000-12-31", "SD-RER", null, null, m("SD-RER-ATT", 512))
         .partnerLeaves("2001-01-15", "CCI")
         .because("La CCI se retire après l'achèvement de l'action Stade de France")
         .assessed("2001-02-13", 2000, """
                        Action Stade de France achevée ; 1 390 interventions de médiation ; 1 080 victimes reçues ;
                        atteintes dans les gares en baisse de 17 %.""",
                   "Faits constatés stables en 2000.",
                   "Deux comités de pilotage, une réunion de bilan.",
                   "Amélioration dans les transports.",
                   "Actualiser le diagnostic en 2001")
         .committee(held("2001-05-15", "SD-COPIL-2001-05").chairedBySousPrefet("Olivier Lemaire")
                .partners("MAIRE-SAINT-DENIS", "PROCUREUR", "IA93", "SNCF")
                .reviewed("SD-MEDIATEURS", "SD-VICTIMES", "SD-RER", "SD-COLLEGES")
                .next("2001-11-27"))
         .report("2001-06-30", "SD-COLLEGES", "COMPLETED", "Correspondants pérennisés par l'inspection académique",
                 m("SD-COL-RACKET", 49))
         .committee(held("2001-11-27", "SD-COPIL-2001-11").chairedBySousPrefet("Olivier Lemaire")
                .partners("MAIRE-SAINT-DENIS", "PROCUREUR", "OPH-SAINT-DENIS", "ASSO-VICTIMES")
                .reviewed("SD-MEDIATEURS", "SD-VICTIMES", "SD-RER")
                .next("2002-03-19"))
         .report("2001-12-31", "SD-MEDIATEURS", null, null, m("SD-MED-INT", 1_870))
         .report("2001-12-31", "SD-VICTIMES", null, null, m("SD-VIC-REC", 1_460))
         .report("2001-12-31", "SD-RER", null, null, m("SD-RER-ATT", 476))
         .diagnostic(Diagnostic.adopted("2002-02-12")
                .delinquency("13 980 faits constatés en 2001 (-1,6 %).",
                        figure("107", "Faits constatés (total de l'état 4001)", "2001", 13_980,
                               "État 4001, CSP de Saint-Denis"))
                .perception("Sentiment d'insécurité stable.", "Enquête de la Ville (décembre 2001)")
                .responses("Actions en cours efficaces ; le comité de pilotage doit se réunir plus souvent.")
                .finding("SAINT-DENIS-FRANCS-MOISINS", "Trafic en recul")
                .finding("SAINT-DENIS-PLAINE", "Nouveaux bureaux, vols à la roulotte en hausse"))
         .because("Actualisation annuelle")
         .assessed("2002-02-26", 2001, """
                        1 870 interventions de médiation ; 1 460 victimes reçues ; atteintes dans les gares en
                        baisse de 23 % depuis 1998 ; racket aux abords des collèges divisé par deux.""",
                   "Faits constatés en baisse de 6 % depuis 1997.",
                   "Comité de pilotage semestriel ; réunion de bilan annuelle.",
                   "Amélioration ressentie, sauf à La Plaine.",
                   "Associer les entreprises de La Plaine")
         .committee(held("2002-03-19", "SD-COPIL-2002-03").chairedBySousPrefet("M. Olivier Lemaire")
                .partners("MAIRE-SAINT-DENIS", "PROCUREUR", "IA93", "RATP")
                .reviewed("SD-MEDIATEURS", "SD-VICTIMES", "SD-RER")
                .decided("Prochain comité après les élections")
                .next("2002-09-24"))
         .review("2002-05-28", "Réunion de bilan avec les médiateurs, les îlotiers et les gardiens",
                 "DDSP", "Office public d'HLM", "Association de prévention", "Îlotiers")
         .report("2002-07-31", "SD-RER", null, null, m("SD-RER-ATT", 452))
         .report("2002-10-31", "SD-VICTIMES", null, null, m("SD-VIC-REC", 1_720))
         .report("2002-11-30", "SD-MEDIATEURS", null, null, m("SD-MED-INT", 2_240));
    }

    /** Two communes, two districts; the 2001 assessment was never recorded (assessment-missing). */
    private static void aubervilliersLaCourneuve(Prefecture p) {
        ContractScript c = p.contract("CLS-93-AUBERVILLIERS-LA-COURNEUVE",
                                      "Contrat local de sécurité intercommunal d'Aubervilliers et de La Courneuve")
                .scope("INTERCOMMUNAL").communes(AUBERVILLIERS, LA_COURNEUVE)
                .districts("CSP-93-AUBERVILLIERS", "CSP-93-LA-COURNEUVE")
                .sectors("AUBERVILLIERS-QUATRE-CHEMINS", "AUBERVILLIERS-MALADRERIE", "AUBERVILLIERS-CENTRE",
                         "LA-COURNEUVE-4000", "LA-COURNEUVE-QUATRE-ROUTES")
                .drafted("1998-11-24")
                .partner("PREFET", PREFET, "PREFET")
                .partner("PROCUREUR", PROCUREUR, "PROCUREUR")
                .mayor("MAIRE-AUBERVILLIERS", "Maire d'Aubervilliers", AUBERVILLIERS)
                .mayor("MAIRE-LA-COURNEUVE", "Maire de La Courneuve", LA_COURNEUVE)
                .partner("IA93", IA, "RECTEUR")
                .partner("CG93", CG, "CONSEIL_GENERAL")
                .partner("OPH-AUBERVILLIERS", "Office public d'HLM d'Aubervilliers", "BAILLEUR_SOCIAL")
                .partner("OPH-LA-COURNEUVE", "Office public d'HLM de La Courneuve", "BAILLEUR_SOCIAL")
                .partner("ASSO-MEDIATION", "Association intercommunale de médiation sociale", "ASSOCIATION")
                .partner("PJJ93", "Direction départementale de la protection judiciaire de la jeunesse", "SERVICE_ETAT")
                .partner("DDSP93", DDSP, "SERVICE_ETAT");
        c.diagnostic(Diagnostic.adopted("1999-03-16")
                .delinquency("""
                        16 240 faits constatés en 1998 dans les deux circonscriptions. Aux 4000, dégradations et
                        trafic ; aux Quatre-Chemins, vols avec violence liés à la proximité de Paris.""",
                        figure("107", "Faits constatés, CSP d'Aubervilliers", "1998", 10_180, "État 4001"),
                        figure("107", "Faits constatés, CSP de La Courneuve", "1998", 6_060, "État 4001"))
                .perception("Forte inquiétude aux Quatre-Chemins ; lassitude aux 4000.",
                            "Enquête auprès des locataires des deux offices (janvier 1999)")
                .responses("Les mineurs primo-délinquants n'ont pas de réponse rapide.")
                .finding("LA-COURNEUVE-4000", "Dégradations, trafic, halls occupés")
                .finding("AUBERVILLIERS-QUATRE-CHEMINS", "Vols avec violence"));
        c.action("1999-04-13", ActionSheet.of("AC-MEDIATION", "Médiateurs aux 4000 et aux Quatre-Chemins", "MEDIATION")
                .objective("Médiation sociale en soirée dans les deux quartiers prioritaires")
                .lead("ASSO-MEDIATION").with("OPH-AUBERVILLIERS", "OPH-LA-COURNEUVE")
                .in("LA-COURNEUVE-4000", "AUBERVILLIERS-QUATRE-CHEMINS")
                .from("1999-06-01", "2003-12-31").budget(1_600_000, "FRF", "Emplois-jeunes", "Villes", "Offices d'HLM")
                .indicator("AC-MED-INT", "Interventions de médiation", "interventions", 0, 2400, "Association de médiation"))
         .action("1999-04-13", ActionSheet.of("AC-MINEURS", "Mesures de réparation pour les mineurs primo-délinquants",
                                             "DELINQUANCE_DES_MINEURS")
                .objective("Une réponse judiciaire en moins d'un mois pour chaque primo-délinquant")
                .lead("PROCUREUR").with("PJJ93")
                .in("AUBERVILLIERS-MALADRERIE", "LA-COURNEUVE-4000")
                .from("1999-06-01", "2003-12-31").budget(700_000, "FRF", "Ministère de la justice")
                .indicator("AC-MIN-MES", "Mesures de réparation prononcées", "mesures", 0, 300, "Parquet de Bobigny"))
         .action("1999-04-13", ActionSheet.of("AC-CITOYEN", "Parcours de citoyenneté des 16-25 ans", "CITOYENNETE")
                .objective("Visites des institutions, chantiers citoyens, rencontres avec la police")
                .lead("MAIRE-AUBERVILLIERS").with("MAIRE-LA-COURNEUVE")
                .in("AUBERVILLIERS-CENTRE", "LA-COURNEUVE-QUATRE-ROUTES")
                .from("1999-09-01", "2001-12-31").budget(260_000, "FRF", "Villes", "Fonds d'action sociale")
                .indicator("AC-CIT-JEUNES", "Jeunes ayant suivi le parcours", "jeunes", 0, 400, "Villes"))
         .action("1999-04-13", ActionSheet.of("AC-TOX", "Point écoute toxicomanies aux Quatre-Chemins", "TOXICOMANIES")
                .objective("Un lieu d'accueil anonyme pour les jeunes et leurs familles")
                .lead("ASSO-MEDIATION")
                .in("AUBERVILLIERS-QUATRE-CHEMINS")
                .from("1999-09-01", "2002-06-30").budget(310_000, "FRF", "MILDT")
                .indicator("AC-TOX-ACC", "Personnes accueillies", "personnes", 0, 500, "Association de médiation"));
        c.signed("1999-06-22", sig("PREFET", "Le préfet de la Seine-Saint-Denis"),
                 sig("PROCUREUR", "Le procureur de la République de Bobigny"),
                 sig("MAIRE-AUBERVILLIERS", "Le maire d'Aubervilliers", "Ville d'Aubervilliers"),
                 sig("MAIRE-LA-COURNEUVE", "Le maire de La Courneuve", "Ville de La Courneuve"),
                 sig("IA93", "L'inspecteur d'académie"))
         .delegation("M. Olivier Lemaire", "1999-06-22", null)
         .because("Le sous-préfet de Saint-Denis présidera le comité de pilotage")
         .report("1999-09-30", "AC-MEDIATION", "IN_PROGRESS", null, m("AC-MED-INT", 180))
         .report("1999-09-30", "AC-MINEURS", "IN_PROGRESS", null, m("AC-MIN-MES", 22))
         .report("1999-09-30", "AC-CITOYEN", "IN_PROGRESS", null, m("AC-CIT-JEUNES", 35))
         .committee(held("1999-12-07", "AC-COPIL-1999-12").chairedBySousPrefet("Olivier Lemaire")
                .partners("MAIRE-AUBERVILLIERS", "MAIRE-LA-COURNEUVE", "PROCUREUR", "PJJ93")
                .reviewed("AC-MEDIATION", "AC-MINEURS", "AC-CITOYEN")
                .decided("Trouver un local pour le point écoute")
                .next("2000-06-13"))
         .assessed("2000-03-07", 1999, "Médiation et mesures de réparation engagées ; le point écoute n'a pas ouvert.",
                   "Trop tôt pour mesurer un effet.", "Un comité de pilotage.", null, "Ouvrir le point écoute en 2000")
         .committee(held("2000-06-13", "AC-COPIL-2000-06").chairedByPrefet("Préfet de la Seine-Saint-Denis")
                .partners("MAIRE-AUBERVILLIERS", "MAIRE-LA-COURNEUVE", "PROCUREUR", "IA93", "CG93")
                .reviewed("AC-MEDIATION", "AC-MINEURS", "AC-CITOYEN", "AC-TOX")
                .decided("Abandonner le point écoute si le financement n'est pas reconduit en septembre")
                .next("2001-01-23"))
         .report("2000-09-30", "AC-TOX", "ABANDONED", "Financement non reconduit, aucun local disponible")
         .report("2000-12-31", "AC-MEDIATION", null, null, m("AC-MED-INT", 860))
         .report("2000-12-31", "AC-MINEURS", null, null, m("AC-MIN-MES", 104))
         .report("2000-12-31", "AC-CITOYEN", null, null, m("AC-CIT-JEUNES", 190))
         .committee(held("2001-01-23", "AC-COPIL-2001-01").chairedBySousPrefet("Olivier Lemaire")
                .partners("MAIRE-AUBERVILLIERS", "MAIRE-LA-COURNEUVE", "ASSO-MEDIATION")
                .reviewed("AC-MEDIATION", "AC-MINEURS", "AC-CITOYEN")
                .next("2001-09-25"))
         .assessed("2001-03-13", 2000, """
                        860 interventions de médiation ; 104 mesures de réparation ; 190 jeunes en parcours de
                        citoyenneté ; point écoute abandonné.""",
                   "Réitération des mineurs suivis en baisse.", "Deux comités de pilotage.",
                   "Amélioration aux 4000.", "Relancer la prévention des toxicomanies avec un autre porteur")
         .committee(held("2001-09-25", "AC-COPIL-2001-09").chairedBySousPrefet("Olivier Lemaire")
                .partners("MAIRE-AUBERVILLIERS", "MAIRE-LA-COURNEUVE", "PROCUREUR", "OPH-LA-COURNEUVE")
                .reviewed("AC-MEDIATION", "AC-MINEURS", "AC-CITOYEN")
                .next("2002-04-16"))
         .report("2001-12-31", "AC-CITOYEN", "COMPLETED", null, m("AC-CIT-JEUNES", 412))
         .report("2001-12-31", "AC-MEDIATION", null, null, m("AC-MED-INT", 1_520))
         .report("2001-12-31", "AC-MINEURS", null, null, m("AC-MIN-MES", 198))
         .committee(held("2002-04-16", "AC-COPIL-2002-04").chairedBySousPrefet("Olivier Lemaire")
                .partners("MAIRE-AUBERVILLIERS", "MAIRE-LA-COURNEUVE", "PROCUREUR", "IA93")
                .reviewed("AC-MEDIATION", "AC-MINEURS")
                .decided("Le bilan 2001 reste à rédiger par les deux villes")
                .next("2002-11-12"))
         .diagnostic(Diagnostic.adopted("2002-04-23")
                .delinquency("15 310 faits constatés en 2001 dans les deux circonscriptions (-5,7 % depuis 1998).",
                        figure("107", "Faits constatés, CSP d'Aubervilliers", "2001", 9_640, "État 4001"),
                        figure("107", "Faits constatés, CSP de La Courneuve", "2001", 5_670, "État 4001"))
                .perception("Amélioration aux 4000, inquiétude aux Quatre-Chemins.", "Enquête locataires (mars 2002)")
                .responses("La police de proximité est installée dans les cinq secteurs.")
                .finding("LA-COURNEUVE-4000", "Moins de dégradations")
                .finding("AUBERVILLIERS-QUATRE-CHEMINS", "Vols avec violence stables"))
         .because("Actualisation avec les chiffres par secteur de la police de proximité")
         .report("2002-10-31", "AC-MINEURS", null, null, m("AC-MIN-MES", 276))
         .committee(held("2002-11-12", "AC-COPIL-2002-11").chairedBySousPrefet("Olivier Lemaire")
                .partners("MAIRE-AUBERVILLIERS", "MAIRE-LA-COURNEUVE", "PROCUREUR", "ASSO-MEDIATION", "DDSP93")
                .reviewed("AC-MEDIATION", "AC-MINEURS")
                .decided("Le bilan 2001 n'a toujours pas été produit")
                .next("2003-05-13"))
         .report("2002-11-30", "AC-MEDIATION", null, null, m("AC-MED-INT", 2_310));
    }

    /** Kept alive (no flag), but Le Raincy, in the same police district, is in no contract (sectors-not-covered). */
    private static void clichyMontfermeil(Prefecture p, Actor raincy) {
        ContractScript c = p.contract("CLS-93-CLICHY-MONTFERMEIL",
                                      "Contrat local de sécurité intercommunal de Clichy-sous-Bois et Montfermeil")
                .scope("INTERCOMMUNAL").communes(CLICHY, MONTFERMEIL).districts("CSP-93-LE-RAINCY")
                .sectors("CLICHY-SOUS-BOIS", "MONTFERMEIL-BOSQUETS", "MONTFERMEIL-CENTRE")
                .localActor(raincy)
                .drafted("1999-03-09")
                .because("Les deux communes du plateau s'associent ; Le Raincy ne souhaite pas rejoindre le contrat")
                .partner("PREFET", PREFET, "PREFET")
                .partner("PROCUREUR", PROCUREUR, "PROCUREUR")
                .mayor("MAIRE-CLICHY", "Maire de Clichy-sous-Bois", CLICHY)
                .mayor("MAIRE-MONTFERMEIL", "Maire de Montfermeil", MONTFERMEIL)
                .partner("IA93", IA, "RECTEUR")
                .partner("CG93", CG, "CONSEIL_GENERAL")
                .partner("CR-IDF", "Président du conseil régional d'Île-de-France", "CONSEIL_REGIONAL")
                .partner("OPH93", "Office public départemental d'HLM de la Seine-Saint-Denis", "BAILLEUR_SOCIAL")
                .partner("ASSO-MEDIATION", "Association intercommunale de médiation de Clichy-Montfermeil", "ASSOCIATION")
                .partner("SPIP93", "Service pénitentiaire d'insertion et de probation de la Seine-Saint-Denis",
                         "SERVICE_ETAT")
                .partner("DDSP93", DDSP, "SERVICE_ETAT");
        c.diagnostic(Diagnostic.adopted("1999-09-14")
                .delinquency("""
                        4 120 faits constatés en 1998 sur les deux communes. Copropriétés dégradées du Chêne-Pointu,
                        incendies de véhicules et caillassages aux Bosquets ; le plateau est mal desservi et isolé.""",
                        figure("107", "Faits constatés (Clichy-sous-Bois et Montfermeil)", "1998", 4_120,
                               "État 4001, CSP du Raincy"))
                .perception("Sentiment d'isolement et d'abandon ; défiance envers la police.",
                            "Enquête auprès de 500 habitants du plateau (juin 1999)")
                .responses("Commissariat éloigné, au Raincy ; aucune médiation.")
                .finding("CLICHY-SOUS-BOIS", "Copropriétés dégradées, marchands de sommeil")
                .finding("MONTFERMEIL-BOSQUETS", "Incendies de véhicules, caillassages"));
        c.action("1999-10-19", ActionSheet.of("CM-COPROS", "Sécurité dans les copropriétés dégradées du Chêne-Pointu",
                                             "PREVENTION_SITUATIONNELLE")
                .objective("Fermeture des halls, éclairage, intervention coordonnée contre les marchands de sommeil")
                .lead("MAIRE-CLICHY").with("PROCUREUR", "CG93")
                .in("CLICHY-SOUS-BOIS")
                .from("2000-01-01", "2003-12-31").budget(2_200_000, "FRF", "État (plan de sauvegarde)", "Région Île-de-France")
                .indicator("CM-COP-HALLS", "Halls sécurisés", "halls", 0, 45, "Ville de Clichy-sous-Bois"))
         .action("1999-10-19", ActionSheet.of("CM-BOSQUETS", "Médiation de nuit aux Bosquets", "MEDIATION")
                .objective("Médiateurs de nuit en lien avec les gardiens de l'office")
                .lead("ASSO-MEDIATION").with("OPH93", "MAIRE-MONTFERMEIL")
                .in("MONTFERMEIL-BOSQUETS")
                .from("2000-01-01", "2003-12-31").budget(900_000, "FRF", "Emplois-jeunes", "Office départemental d'HLM")
                .indicator("CM-BOS-INT", "Interventions de médiation", "interventions", 0, 1200, "Association de médiation"))
         .action("1999-10-19", ActionSheet.of("CM-INSERTION", "Accompagnement vers l'emploi des jeunes sous main de justice",
                                             "REINSERTION")
                .objective("Un référent emploi pour chaque jeune suivi par le service pénitentiaire")
                .lead("SPIP93").with("MAIRE-CLICHY", "MAIRE-MONTFERMEIL")
                .in("CLICHY-SOUS-BOIS", "MONTFERMEIL-CENTRE")
                .from("2000-03-01", "2003-12-31").budget(480_000, "FRF", "Fonds social européen", "Conseil régional")
                .indicator("CM-INS-EMPLOI", "Jeunes accédant à un emploi ou une formation", "jeunes", 0, 90, "SPIP"));
        c.signed("2000-01-25", sig("PREFET", "Le préfet de la Seine-Saint-Denis"),
                 sig("PROCUREUR", "Le procureur de la République de Bobigny"),
                 sig("MAIRE-CLICHY", "Le maire de Clichy-sous-Bois", "Ville de Clichy-sous-Bois"),
                 sig("MAIRE-MONTFERMEIL", "Le maire de Montfermeil", "Ville de Montfermeil"),
                 sig("IA93", "L'inspecteur d'académie"),
                 sig("CG93", "Le président du conseil général", "Département de la Seine-Saint-Denis"),
                 sig("CR-IDF", "Le président du conseil régional", "Région Île-de-France"))
         .because("Signature à la sous-préfecture du Raincy")
         .delegation("Mme Claire Dumont-Vasseur", "2000-01-25", null)
         .because("La sous-préfète du Raincy présidera le comité de pilotage")
         .report("2000-03-31", "CM-COPROS", "IN_PROGRESS", null, m("CM-COP-HALLS", 3))
         .report("2000-03-31", "CM-BOSQUETS", "IN_PROGRESS", null, m("CM-BOS-INT", 60))
         .committee(held("2000-06-20", "CM-COPIL-2000-06").chairedBySousPrefet("Claire Dumont-Vasseur")
                .partners("MAIRE-CLICHY", "MAIRE-MONTFERMEIL", "PROCUREUR", "OPH93")
                .reviewed("CM-COPROS", "CM-BOSQUETS")
                .decided("Lancer l'accompagnement vers l'emploi en septembre")
                .next("2000-12-12"))
         .report("2000-09-30", "CM-INSERTION", "IN_PROGRESS", null, m("CM-INS-EMPLOI", 4))
         .committee(held("2000-12-12", "CM-COPIL-2000-12").chairedBySousPrefet("Claire Dumont-Vasseur")
                .partners("MAIRE-CLICHY", "MAIRE-MONTFERMEIL", "SPIP93", "ASSO-MEDIATION")
                .guest("Commissaire du Raincy", "DDSP de la Seine-Saint-Denis")
                .reviewed("CM-COPROS", "CM-BOSQUETS", "CM-INSERTION")
                .decided("Associer la police de proximité, déployée en novembre, aux comités restreints")
                .next("2001-06-26"))
         .report("2000-12-31", "CM-COPROS", null, null, m("CM-COP-HALLS", 9))
         .report("2000-12-31", "CM-BOSQUETS", null, null, m("CM-BOS-INT", 310))
         .report("2000-12-31", "CM-INSERTION", null, null, m("CM-INS-EMPLOI", 11))
         .assessed("2001-02-06", 2000, "Neuf halls sécurisés ; 310 interventions de médiation ; onze jeunes en emploi.",
                   "Incendies de véhicules en baisse aux Bosquets.", "Deux comités de pilotage.",
                   "Légère amélioration.", "Actualiser le diagnostic avec la police de proximité")
         .communication("2001-04-07", "Journée portes ouvertes", "Habitants du plateau",
                        "Rencontre avec les îlotiers et les médiateurs au gymnase de Clichy-sous-Bois")
         .diagnostic(Diagnostic.adopted("2001-05-22")
                .delinquency("3 940 faits constatés en 2000 (-4,4 %).",
                        figure("107", "Faits constatés (Clichy-sous-Bois et Montfermeil)", "2000", 3_940,
                               "État 4001, CSP du Raincy"))
                .perception("Moins de défiance envers la police de proximité.", "Réunions de quartier (avril 2001)")
                .responses("Les médiateurs sont reconnus ; les copropriétés restent le point noir.")
                .finding("CLICHY-SOUS-BOIS", "Chêne-Pointu : quinze halls restent ouverts"))
         .committee(held("2001-06-26", "CM-COPIL-2001-06").chairedBySousPrefet("Claire Dumont-Vasseur")
                .partners("MAIRE-CLICHY", "MAIRE-MONTFERMEIL", "PROCUREUR", "CG93", "CR-IDF")
                .reviewed("CM-COPROS", "CM-BOSQUETS", "CM-INSERTION")
                .next("2002-01-15"))
         .report("2001-06-30", "CM-COPROS", null, null, m("CM-COP-HALLS", 17))
         .report("2001-06-30", "CM-BOSQUETS", null, null, m("CM-BOS-INT", 520))
         .report("2001-12-31", "CM-COPROS", null, null, m("CM-COP-HALLS", 24))
         .report("2001-12-31", "CM-BOSQUETS", null, null, m("CM-BOS-INT", 760))
         .report("2001-12-31", "CM-INSERTION", null, null, m("CM-INS-EMPLOI", 34))
         .committee(held("2002-01-15", "CM-COPIL-2002-01").chairedBySousPrefet("Claire Dumont-Vasseur")
                .partners("MAIRE-CLICHY", "MAIRE-MONTFERMEIL", "OPH93", "SPIP93")
                .reviewed("CM-COPROS", "CM-BOSQUETS", "CM-INSERTION")
                .next("2002-06-25"))
         .assessed("2002-02-12", 2001, """
                        24 halls sécurisés sur 45 ; 760 interventions de médiation ; 34 jeunes en emploi ou en
                        formation.""",
                   "Faits constatés en baisse de 4 % ; incendies de véhicules en baisse de 20 % aux Bosquets.",
                   "Comité de pilotage semestriel présidé par la sous-préfète ; tableaux de bord semestriels.",
                   "Moins de défiance envers la police de proximité.",
                   "Proposer au Raincy de rejoindre le contrat pour couvrir toute la circonscription")
         .review("2002-03-26", "Réunion de bilan avec les îlotiers, les gardiens et les médiateurs",
                 "DDSP", "Office départemental d'HLM", "Médiateurs", "Éducation nationale")
         .diagnostic(Diagnostic.adopted("2002-06-18")
                .delinquency("3 810 faits constatés en 2001 (-3,3 %).",
                        figure("107", "Faits constatés (Clichy-sous-Bois et Montfermeil)", "2001", 3_810,
                               "État 4001, CSP du Raincy"))
                .perception("Amélioration ressentie aux Bosquets.", "Enquête habitants (mai 2002)")
                .responses("Le secteur du Raincy, hors contrat, n'est couvert par aucun autre contrat.")
                .finding("CLICHY-SOUS-BOIS", "Chêne-Pointu : sept halls restent ouverts")
                .finding("MONTFERMEIL-BOSQUETS", "Moins de caillassages"))
         .because("Actualisation annuelle")
         .committee(held("2002-06-25", "CM-COPIL-2002-06").chairedBySousPrefet("Claire Dumont-Vasseur")
                .partners("MAIRE-CLICHY", "MAIRE-MONTFERMEIL", "PROCUREUR", "ASSO-MEDIATION")
                .reviewed("CM-COPROS", "CM-BOSQUETS", "CM-INSERTION")
                .decided("Écrire au maire du Raincy pour lui proposer un avenant")
                .next("2002-10-15"))
         .report("2002-09-30", "CM-INSERTION", null, null, m("CM-INS-EMPLOI", 51))
         .committee(held("2002-10-15", "CM-COPIL-2002-10").chairedBySousPrefet("Mme Claire Dumont-Vasseur")
                .partners("MAIRE-CLICHY", "MAIRE-MONTFERMEIL", "PROCUREUR", "OPH93", "SPIP93", "DDSP93")
                .reviewed("CM-COPROS", "CM-BOSQUETS", "CM-INSERTION")
                .decided("Le Raincy décline l'avenant ; le secteur reste hors contrat")
                .next("2003-04-15"))
         .report("2002-10-31", "CM-INSERTION", null, null, m("CM-INS-EMPLOI", 58))
         .report("2002-11-30", "CM-BOSQUETS", null, null, m("CM-BOS-INT", 1_130))
         .report("2002-12-10", "CM-COPROS", null, null, m("CM-COP-HALLS", 38));
    }

    /** Three years, then it expired (30 April 2002). */
    private static void montreuil1999(Prefecture p, Actor ville) {
        ContractScript c = p.contract("CLS-93-MONTREUIL-1999", "Contrat local de sécurité de Montreuil (1999-2002)")
                .scope("COMMUNE").communes(MONTREUIL).districts("CSP-93-MONTREUIL")
                .sectors("MONTREUIL-BAS", "MONTREUIL-BOISSIERE", "MONTREUIL-MORILLON")
                .localActor(ville)
                .drafted("1998-10-20")
                .partner("PREFET", PREFET, "PREFET")
                .partner("PROCUREUR", PROCUREUR, "PROCUREUR")
                .mayor("MAIRE-MONTREUIL", "Maire de Montreuil", MONTREUIL)
                .partner("IA93", IA, "RECTEUR")
                .partner("OPH-MONTREUIL", "Office public d'HLM de Montreuil", "BAILLEUR_SOCIAL")
                .partner("RATP", "RATP, département du réseau ferré et des bus", "TRANSPORTEUR")
                .partner("ASSO-MONTREUIL", "Association montreuilloise de médiation et d'accès au droit", "ASSOCIATION");
        c.diagnostic(Diagnostic.adopted("1999-01-19")
                .delinquency("9 870 faits constatés en 1998 ; vols avec violence autour du métro Croix-de-Chavaux, "
                             + "dégradations à La Boissière.",
                        figure("107", "Faits constatés (total de l'état 4001)", "1998", 9_870, "État 4001, CSP de Montreuil"))
                .perception("Insécurité ressentie autour des stations de métro.", "Enquête municipale (novembre 1998)")
                .responses("Pas de médiation ; accès au droit limité.")
                .finding("MONTREUIL-BAS", "Vols avec violence autour du métro")
                .finding("MONTREUIL-BOISSIERE", "Dégradations des parties communes"));
        c.action("1999-02-16", ActionSheet.of("MTR99-MEDIATION", "Médiation au Bas-Montreuil", "MEDIATION")
                .objective("Médiateurs aux abords des stations de métro")
                .lead("ASSO-MONTREUIL").with("RATP")
                .in("MONTREUIL-BAS")
                .from("1999-04-01", "2002-04-30").budget(700_000, "FRF", "Ville de Montreuil", "RATP")
                .indicator("MTR99-MED-INT", "Interventions de médiation", "interventions", 0, 1200, "Association montreuilloise"))
         .action("1999-02-16", ActionSheet.of("MTR99-HALLS", "Sécurisation des halls à La Boissière", "PREVENTION_SITUATIONNELLE")
                .objective("Digicodes, éclairage et gardiennage renforcé")
                .lead("OPH-MONTREUIL")
                .in("MONTREUIL-BOISSIERE")
                .from("1999-04-01", "2001-12-31").budget(1_100_000, "FRF", "Office public d'HLM de Montreuil")
                .indicator("MTR99-HALLS-NB", "Halls sécurisés", "halls", 0, 30, "Office public d'HLM de Montreuil"));
        c.signed("1999-04-13", sig("PREFET", "Le préfet de la Seine-Saint-Denis"),
                 sig("PROCUREUR", "Le procureur de la République de Bobigny"),
                 sig("MAIRE-MONTREUIL", "Le maire de Montreuil", "Ville de Montreuil"))
         .report("1999-12-31", "MTR99-MEDIATION", "IN_PROGRESS", null, m("MTR99-MED-INT", 240))
         .report("1999-12-31", "MTR99-HALLS", "IN_PROGRESS", null, m("MTR99-HALLS-NB", 6))
         .committee(held("1999-10-26", "MTR99-COPIL-1999-10").chairedByPrefet("Préfet de la Seine-Saint-Denis")
                .partners("MAIRE-MONTREUIL", "PROCUREUR", "OPH-MONTREUIL")
                .reviewed("MTR99-MEDIATION", "MTR99-HALLS"))
         .assessed("2000-03-14", 1999, "Médiation engagée au Bas-Montreuil ; six halls sécurisés.",
                   "Trop tôt pour mesurer un effet.", "Un comité de pilotage.", null)
         .committee(held("2000-05-23", "MTR99-COPIL-2000-05").chairedByPrefet("Préfet de la Seine-Saint-Denis")
                .partners("MAIRE-MONTREUIL", "PROCUREUR", "RATP")
                .reviewed("MTR99-MEDIATION", "MTR99-HALLS"))
         .report("2000-12-31", "MTR99-MEDIATION", null, null, m("MTR99-MED-INT", 610))
         .report("2000-12-31", "MTR99-HALLS", null, null, m("MTR99-HALLS-NB", 17))
         .committee(held("2000-12-05", "MTR99-COPIL-2000-12").chairedByPrefet("Préfet de la Seine-Saint-Denis")
                .partners("MAIRE-MONTREUIL", "ASSO-MONTREUIL")
                .reviewed("MTR99-MEDIATION", "MTR99-HALLS"))
         .assessed("2001-03-20", 2000, "610 interventions de médiation ; 17 halls sécurisés.",
                   "Vols avec violence en baisse autour du métro.", "Deux comités de pilotage.", "Amélioration ressentie.")
         .committee(held("2001-06-12", "MTR99-COPIL-2001-06").chairedByPrefet("Préfet de la Seine-Saint-Denis")
                .partners("MAIRE-MONTREUIL", "PROCUREUR", "OPH-MONTREUIL")
                .reviewed("MTR99-MEDIATION", "MTR99-HALLS"))
         .report("2001-12-31", "MTR99-HALLS", "COMPLETED", null, m("MTR99-HALLS-NB", 29))
         .report("2001-12-31", "MTR99-MEDIATION", null, null, m("MTR99-MED-INT", 1_020))
         .committee(held("2001-12-11", "MTR99-COPIL-2001-12").chairedByPrefet("Préfet de la Seine-Saint-Denis")
                .partners("MAIRE-MONTREUIL", "PROCUREUR")
                .reviewed("MTR99-MEDIATION", "MTR99-HALLS")
                .decided("Préparer un nouveau contrat à l'échéance d'avril 2002"))
         .assessed("2002-03-12", 2001, "1 020 interventions de médiation ; 29 halls sécurisés sur 30.",
                   "Dégradations en baisse de moitié à La Boissière.", "Deux comités de pilotage par an.",
                   "Amélioration ressentie.", "Un nouveau contrat décliné dans les trois secteurs")
         .report("2002-04-30", "MTR99-MEDIATION", "COMPLETED", "Reprise dans le nouveau contrat", m("MTR99-MED-INT", 1_190))
         .ended("2002-04-30", "EXPIRED", null)
         .because("Échéance de la durée de trois ans prévue au contrat");
    }

    /** Montreuil's new contract, in preparation and followed as it should be (no flag). */
    private static void montreuil2002(Prefecture p, Actor ville) {
        ContractScript c = p.contract("CLS-93-MONTREUIL", "Contrat local de sécurité de Montreuil 2002-2005")
                .scope("COMMUNE").communes(MONTREUIL).districts("CSP-93-MONTREUIL")
                .sectors("MONTREUIL-BAS", "MONTREUIL-BOISSIERE", "MONTREUIL-MORILLON")
                .localActor(ville)
                .drafted("2002-06-11")
                .because("Nouveau contrat après l'échéance du précédent")
                .partner("PREFET", PREFET, "PREFET")
                .partner("PROCUREUR", PROCUREUR, "PROCUREUR")
                .mayor("MAIRE-MONTREUIL", "Maire de Montreuil", MONTREUIL)
                .partner("IA93", IA, "RECTEUR")
                .partner("CG93", CG, "CONSEIL_GENERAL")
                .partner("OPH-MONTREUIL", "Office public d'HLM de Montreuil", "BAILLEUR_SOCIAL")
                .partner("RATP", "RATP, département du réseau ferré et des bus", "TRANSPORTEUR")
                .partner("ASSO-MONTREUIL", "Association montreuilloise de médiation et d'accès au droit", "ASSOCIATION")
                .partner("DDSP93", DDSP, "SERVICE_ETAT");
        c.diagnostic(Diagnostic.adopted("2002-10-08")
                .delinquency("9 120 faits constatés en 2001 (-7,6 % depuis 1998) ; les mineurs en errance au Morillon "
                             + "sont la préoccupation nouvelle.",
                        figure("107", "Faits constatés (total de l'état 4001)", "2001", 9_120, "État 4001, CSP de Montreuil"))
                .perception("Amélioration au Bas-Montreuil ; inquiétude au Morillon.", "Enquête municipale (septembre 2002)")
                .responses("La médiation a fait ses preuves ; rien pour les jeunes en errance.")
                .finding("MONTREUIL-MORILLON", "Jeunes en errance, rassemblements")
                .finding("MONTREUIL-BAS", "Vols avec violence en baisse")
                .finding("MONTREUIL-BOISSIERE", "Halls sécurisés, calme revenu"));
        c.action("2002-11-05", ActionSheet.of("MTR-MEDIATION", "Médiation au Bas-Montreuil et au Morillon", "MEDIATION")
                .objective("Reprendre la médiation et l'étendre au Morillon")
                .lead("ASSO-MONTREUIL").with("RATP", "OPH-MONTREUIL")
                .in("MONTREUIL-BAS", "MONTREUIL-MORILLON")
                .from("2003-01-01", "2005-12-31").budget(320_000, "EUR", "Ville de Montreuil", "RATP", "État")
                .indicator("MTR-MED-INT", "Interventions de médiation", "interventions", 0, 1800, "Association montreuilloise"))
         .action("2002-11-05", ActionSheet.of("MTR-JEUNES", "Accueil de jour des jeunes en errance", "DELINQUANCE_DES_MINEURS")
                .objective("Un lieu d'accueil et des éducateurs pour les jeunes en errance")
                .lead("CG93").with("ASSO-MONTREUIL")
                .in("MONTREUIL-MORILLON", "MONTREUIL-BOISSIERE")
                .from("2003-03-01", "2005-12-31").budget(210_000, "EUR", "Département de la Seine-Saint-Denis")
                .indicator("MTR-JEU-ACC", "Jeunes accueillis", "jeunes", 0, 150, "Conseil général"))
         .committee(held("2002-12-03", "MTR-COPIL-2002-12").chairedByPrefet("Préfet de la Seine-Saint-Denis")
                .partners("MAIRE-MONTREUIL", "PROCUREUR", "CG93", "OPH-MONTREUIL", "ASSO-MONTREUIL")
                .reviewed("MTR-MEDIATION", "MTR-JEUNES")
                .decided("Signature prévue en février 2003")
                .next("2003-02-11"));
    }

    /** In preparation since December 2000; its diagnostic of May 2001 has gone stale (diagnostic-stale). */
    private static void bobigny(Prefecture p, Actor ville) {
        ContractScript c = p.contract("CLS-93-BOBIGNY", "Contrat local de sécurité de Bobigny")
                .scope("COMMUNE").communes(BOBIGNY).districts("CSP-93-BOBIGNY")
                .sectors("BOBIGNY-ABREUVOIR", "BOBIGNY-ETOILE", "BOBIGNY-CENTRE")
                .localActor(ville)
                .drafted("2000-12-05")
                .because("Élaboration engagée après la circulaire du 16 octobre 2000")
                .partner("PREFET", PREFET, "PREFET")
                .partner("PROCUREUR", PROCUREUR, "PROCUREUR")
                .mayor("MAIRE-BOBIGNY", "Maire de Bobigny", BOBIGNY)
                .partner("IA93", IA, "RECTEUR")
                .partner("CG93", CG, "CONSEIL_GENERAL")
                .partner("OPH93", "Office public départemental d'HLM de la Seine-Saint-Denis", "BAILLEUR_SOCIAL")
                .partner("ASSO-BOBIGNY", "Association balbynienne de prévention", "ASSOCIATION")
                .partner("DDSP93", DDSP, "SERVICE_ETAT");
        c.diagnostic(Diagnostic.adopted("2001-05-15")
                .delinquency("5 930 faits constatés en 2000 ; trafic de stupéfiants à l'Abreuvoir, vols autour du "
                             + "centre commercial et de la préfecture.",
                        figure("107", "Faits constatés (total de l'état 4001)", "2000", 5_930, "État 4001, CSP de Bobigny"))
                .perception("Insécurité ressentie le soir dans le centre, désert après la fermeture des administrations.",
                            "Enquête municipale (mars 2001)")
                .responses("Police de proximité installée depuis septembre 2000 ; pas de médiation.")
                .finding("BOBIGNY-ABREUVOIR", "Trafic de stupéfiants")
                .finding("BOBIGNY-CENTRE", "Vols autour du centre commercial"));
        c.action("2001-06-19", ActionSheet.of("BOB-ABREUVOIR", "Médiation sociale à l'Abreuvoir", "MEDIATION")
                .objective("Médiateurs en soirée et travail avec les gardiens")
                .lead("ASSO-BOBIGNY").with("OPH93")
                .in("BOBIGNY-ABREUVOIR")
                .from("2002-01-01", "2004-12-31").budget(600_000, "FRF", "Ville de Bobigny", "Office départemental d'HLM")
                .indicator("BOB-ABR-INT", "Interventions de médiation", "interventions", 0, 900, "Association balbynienne"))
         .committee(held("2001-06-26", "BOB-COPIL-2001-06").chairedByPrefet("Préfet de la Seine-Saint-Denis")
                .partners("MAIRE-BOBIGNY", "PROCUREUR", "OPH93")
                .reviewed("BOB-ABREUVOIR")
                .decided("Signature envisagée à l'automne 2001"))
         .review("2002-05-14", """
                        Réunion avec les services de l'État : la signature est suspendue, la ville et l'État ne
                        s'accordent pas sur les effectifs de police affectés aux secteurs.""",
                 "DDSP", "Parquet de Bobigny", "Ville de Bobigny");
    }
}
