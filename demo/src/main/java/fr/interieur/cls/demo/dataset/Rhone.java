package fr.interieur.cls.demo.dataset;

import fr.interieur.cls.demo.script.ActionSheet;
import fr.interieur.cls.demo.script.Actor;
import fr.interieur.cls.demo.script.Commune;
import fr.interieur.cls.demo.script.ContractScript;
import fr.interieur.cls.demo.script.Diagnostic;
import fr.interieur.cls.demo.script.History;
import fr.interieur.cls.demo.script.Prefecture;

import java.util.List;

import static fr.interieur.cls.demo.script.Committee.held;
import static fr.interieur.cls.demo.script.ContractScript.m;
import static fr.interieur.cls.demo.script.ContractScript.sig;
import static fr.interieur.cls.demo.script.Diagnostic.figure;

/**
 * Rhône (69). Lyon's first contract (1998) superseded by a second one declined by sector (2001); the intercommunal
 * contract of Vénissieux and Saint-Fons, a pilot site of community policing; Vaulx-en-Velin, whose diagnostic
 * was never updated; Bron, whose contract the new municipality denounced in 2001 and whose new one is being
 * prepared; the contract of the TCL network.
 */
final class Rhone {

    static final Commune LYON = new Commune("69123", "Lyon", 445_452);
    static final Commune VILLEURBANNE = new Commune("69266", "Villeurbanne", 124_215);
    static final Commune VENISSIEUX = new Commune("69259", "Vénissieux", 56_061);
    static final Commune SAINT_FONS = new Commune("69199", "Saint-Fons", 15_786);
    static final Commune VAULX = new Commune("69256", "Vaulx-en-Velin", 39_154);
    static final Commune BRON = new Commune("69029", "Bron", 37_369);
    static final Commune RILLIEUX = new Commune("69286", "Rillieux-la-Pape", 28_367);

    static final String PREFET = "Préfet de la région Rhône-Alpes, préfet du Rhône";
    static final String PROCUREUR = "Procureur de la République près le tribunal de grande instance de Lyon";

    private Rhone() {
    }

    static void write(History history) {
        Prefecture rhone = new Prefecture(history, "69",
                new Actor("pref69-bsi", "Bureau de la sécurité intérieure, préfecture du Rhône", "69"),
                new Actor("pref69-cabinet", "Cabinet du préfet du Rhône", "69"),
                new Actor("pref69-ville", "Mission politique de la ville, préfecture du Rhône", "69"));
        territory(rhone);
        lyon1998(rhone);
        lyon2001(rhone);
        venissieuxSaintFons(rhone);
        vaulxEnVelin(rhone);
        bron1999(rhone);
        bron2002(rhone);
        tcl(rhone);
    }

    private static void territory(Prefecture rhone) {
        rhone.district("CSP-69-LYON", "Circonscription de sécurité publique de Lyon", LYON)
             .sector("LYON-DUCHERE", "Lyon 9e – La Duchère", 12_100, "La Duchère", "Balmont", "Le Château",
                     "Sauvegarde")
             .sector("LYON-MERMOZ", "Lyon 8e – Mermoz, États-Unis", 36_400, "Mermoz", "États-Unis",
                     "Langlet-Santy", "Moulin-à-Vent")
             .sector("LYON-GERLAND", "Lyon 7e – Gerland, Guillotière", 62_300, "Gerland", "Guillotière",
                     "Jean-Macé")
             .sector("LYON-PENTES", "Lyon 1er – Pentes de la Croix-Rousse, Terreaux", 27_800,
                     "Pentes de la Croix-Rousse", "Terreaux", "Martinière")
             .sector("LYON-PRESQUILE", "Lyon 2e – Presqu'île, Perrache", 28_200, "Bellecour", "Cordeliers",
                     "Perrache", "Sainte-Blandine")
             .proximityPolicing("1", "2000-06-05",
                                "Première vague de la police de proximité : la circonscription de Lyon est retenue");
        rhone.district("CSP-69-VILLEURBANNE", "Circonscription de sécurité publique de Villeurbanne", VILLEURBANNE)
             .sector("VILLEURBANNE-BUERS", "Villeurbanne – Les Buers, Croix-Luizet", 14_500, "Les Buers",
                     "Croix-Luizet")
             .sector("VILLEURBANNE-TONKIN", "Villeurbanne – Le Tonkin, Charpennes", 16_200, "Le Tonkin",
                     "Charpennes")
             .sector("VILLEURBANNE-SAINT-JEAN", "Villeurbanne – Saint-Jean", 4_600, "Saint-Jean");
        rhone.district("CSP-69-VENISSIEUX", "Circonscription de sécurité publique de Vénissieux", VENISSIEUX,
                       SAINT_FONS)
             .sector("VENISSIEUX-MINGUETTES", "Vénissieux – Les Minguettes", 21_300, "Monmousseau", "Démocratie",
                     "Darnaise", "Armstrong", "Léo-Lagrange")
             .sector("VENISSIEUX-CENTRE", "Vénissieux – Centre, Parilly", 34_761, "Centre", "Parilly",
                     "Charréard")
             .sector("SAINT-FONS", "Saint-Fons", 15_786, "Arsenal", "Carnières", "Les Clochettes")
             .proximityPolicing("PILOT", "1999-06-01",
                                "Site pilote de la police de proximité (circulaire du 11 mars 1999)");
        rhone.district("CSP-69-VAULX-EN-VELIN", "Circonscription de sécurité publique de Vaulx-en-Velin", VAULX)
             .sector("VAULX-MAS-DU-TAUREAU", "Vaulx-en-Velin – Mas du Taureau, Noirettes", 9_500, "Mas du Taureau",
                     "Les Noirettes", "Le Pré de l'Herpe")
             .sector("VAULX-GRANDE-ILE", "Vaulx-en-Velin – Grande-Île, Écoin, Thibaude", 15_500, "Grande-Île",
                     "Écoin", "Thibaude")
             .sector("VAULX-SUD", "Vaulx-en-Velin – Vaulx Sud, Village", 14_154, "Vaulx Sud", "Village",
                     "La Côte")
             .proximityPolicing("1", "2000-06-19", "Première vague de la police de proximité");
        rhone.district("CSP-69-BRON", "Circonscription de sécurité publique de Bron", BRON)
             .sector("BRON-PARILLY", "Bron – Parilly", 9_000, "Parilly", "Les Essarts")
             .sector("BRON-TERRAILLON", "Bron – Terraillon, Caravelle", 8_500, "Terraillon", "Caravelle")
             .sector("BRON-CENTRE", "Bron – Centre, Rebufer, Genêts", 19_869, "Centre", "Rebufer", "Les Genêts")
             .proximityPolicing("2", "2000-11-06", "Deuxième vague de la police de proximité");
        rhone.district("CSP-69-RILLIEUX", "Circonscription de sécurité publique de Rillieux-la-Pape", RILLIEUX)
             .sector("RILLIEUX-VILLE-NOUVELLE", "Rillieux – Ville nouvelle", 18_000, "La Velette", "Les Semailles",
                     "Les Alagniers", "Mont-Blanc")
             .sector("RILLIEUX-VILLAGE", "Rillieux village – Crépieux", 10_367, "Rillieux village", "Crépieux");
    }

    /** Lyon's first contract, signed in 1998, superseded in 2001 by a contract declined by sector. */
    private static void lyon1998(Prefecture rhone) {
        ContractScript c = rhone.contract("CLS-69-LYON-1998", "Contrat local de sécurité de la ville de Lyon (1998)")
                .scope("COMMUNE").communes(LYON).districts("CSP-69-LYON")
                .drafted("1998-01-20")
                .because("Élaboration du contrat à la suite de la circulaire interministérielle du 28 octobre 1997")
                .partner("PREFET", PREFET, "PREFET")
                .partner("PROCUREUR", PROCUREUR, "PROCUREUR")
                .mayor("MAIRE-LYON", "Maire de Lyon", LYON)
                .partner("RECTEUR", "Recteur de l'académie de Lyon", "RECTEUR")
                .partner("CG69", "Président du conseil général du Rhône", "CONSEIL_GENERAL")
                .partner("OPAC69", "OPAC du Rhône", "BAILLEUR_SOCIAL")
                .partner("ASSO-VICTIMES", "Association d'aide aux victimes et de médiation du Rhône", "ASSOCIATION")
                .partner("DDSP69", "Direction départementale de la sécurité publique du Rhône", "SERVICE_ETAT");
        c.diagnostic(Diagnostic.adopted("1998-04-15")
                .delinquency("""
                        58 412 faits constatés en 1997 dans la circonscription (+4,1 % sur un an). La délinquance de
                        voie publique (vols à la roulotte, vols de deux-roues, cambriolages) en représente près de
                        60 %. Les vols avec violence se concentrent sur la Presqu'île et les pôles d'échanges
                        (Perrache, Part-Dieu) ; les dégradations et incendies de véhicules dans les grands ensembles
                        du 8e et du 9e arrondissements.""",
                        figure("107", "Faits constatés (total de l'état 4001)", "1997", 58_412,
                               "État 4001, DDSP du Rhône"),
                        figure(null, "Délinquance de voie publique", "1997", 34_870, "État 4001, DDSP du Rhône"),
                        figure(null, "Mineurs mis en cause", "1997", 2_911, "État 4001, DDSP du Rhône"))
                .perception("""
                        Sentiment d'insécurité marqué le soir dans le centre et aux abords des stations de métro ;
                        dans les quartiers d'habitat social, lassitude devant les incivilités et les dégradations
                        des parties communes, que les habitants ne signalent plus.""",
                        "Enquête auprès de 1 200 Lyonnais (mairie de Lyon, novembre 1997)",
                        "Entretiens avec les gardiens d'immeubles de l'OPAC du Rhône")
                .responses("""
                        Îlotage réduit faute d'effectifs ; réponse pénale lente pour les mineurs ; pas de lieu
                        d'accueil des victimes hors du commissariat central ; partenaires nombreux mais peu
                        coordonnés."""));
        c.action("1998-05-20", ActionSheet.of("LYON98-NUIT", "Correspondants de nuit dans les quartiers d'habitat social",
                                             "MEDIATION")
                .objective("Apaiser les conflits de voisinage et les troubles nocturnes dans le parc social")
                .lead("OPAC69").with("MAIRE-LYON")
                .from("1998-09-01", "2001-06-30").budget(1_200_000, "FRF", "Fonds interministériel pour la ville",
                                                        "Ville de Lyon", "OPAC du Rhône")
                .indicator("LYON98-NUIT-INT", "Interventions de nuit", "interventions", 0, 3000, "OPAC du Rhône"))
         .action("1998-05-20", ActionSheet.of("LYON98-COLLEGES", "Sécurité aux abords des collèges",
                                             "SECURITE_SCOLAIRE")
                .objective("Réduire le racket et les violences aux sorties des collèges")
                .lead("RECTEUR").with("DDSP69")
                .from("1998-09-01", "2001-06-30").budget(150_000, "FRF", "Éducation nationale")
                .indicator("LYON98-COLLEGES-INC", "Incidents signalés aux abords des collèges (douze mois glissants)", "incidents", 412, 300,
                           "Inspection académique du Rhône"))
         .action("1998-05-20", ActionSheet.of("LYON98-VICTIMES", "Bureau d'aide aux victimes au commissariat central",
                                             "AIDE_AUX_VICTIMES")
                .objective("Accueillir et orienter les victimes dès le dépôt de plainte")
                .lead("ASSO-VICTIMES").with("PROCUREUR", "DDSP69")
                .from("1998-10-01", "2001-06-30").budget(380_000, "FRF", "Ministère de la justice", "Ville de Lyon")
                .indicator("LYON98-VICTIMES-REC", "Victimes reçues", "personnes", 0, 2500, "Association d'aide aux victimes"))
         .action("1998-05-20", ActionSheet.of("LYON98-PARKINGS", "Vidéosurveillance des parcs de stationnement publics",
                                             "PREVENTION_SITUATIONNELLE")
                .objective("Faire reculer les vols à la roulotte dans les parcs publics")
                .lead("MAIRE-LYON")
                .from("1999-01-01", "2000-12-31").budget(2_500_000, "FRF", "Ville de Lyon")
                .indicator("LYON98-PARKINGS-VOLS", "Vols à la roulotte dans les parcs publics (douze mois glissants)", "faits", 1_840, 1_200,
                           "DDSP du Rhône"));
        c.signed("1998-06-29", sig("PREFET", "Le préfet du Rhône"),
                 sig("PROCUREUR", "Le procureur de la République de Lyon"),
                 sig("MAIRE-LYON", "Le maire de Lyon", "Ville de Lyon"),
                 sig("RECTEUR", "Le recteur de l'académie de Lyon"),
                 sig("CG69", "Le président du conseil général", "Département du Rhône"))
         .because("Signature à l'hôtel de ville en présence du ministre de l'intérieur");
        c.report("1998-12-31", "LYON98-NUIT", "IN_PROGRESS", "Douze correspondants recrutés et formés",
                 m("LYON98-NUIT-INT", 310))
         .report("1998-12-31", "LYON98-COLLEGES", "IN_PROGRESS", null, m("LYON98-COLLEGES-INC", 398))
         .report("1998-12-31", "LYON98-VICTIMES", "IN_PROGRESS", "Permanence ouverte le 5 octobre",
                 m("LYON98-VICTIMES-REC", 240))
         .committee(held("1998-12-08", "LYON98-COPIL-1998-12").chairedByPrefet("Préfet du Rhône")
                .partners("MAIRE-LYON", "PROCUREUR", "RECTEUR", "OPAC69")
                .guest("Commissaire central de Lyon", "DDSP du Rhône")
                .reviewed("LYON98-NUIT", "LYON98-COLLEGES", "LYON98-VICTIMES")
                .decided("Installer le comité restreint mensuel de suivi", "Lancer l'appel d'offres des caméras")
                .next("1999-06-22"))
         .communication("1998-10-05", "Lettre d'information", "Habitants de Lyon",
                        "Lettre « Lyon, ville sûre » présentant les engagements du contrat, diffusée à 200 000 exemplaires")
         .review("1999-03-11", "Premier bilan d'étape avec les chefs de service de l'État et les gardiens d'immeubles",
                 "DDSP du Rhône", "Parquet de Lyon", "Inspection académique", "OPAC du Rhône", "Gardiens d'immeubles")
         .report("1999-06-30", "LYON98-NUIT", null, null, m("LYON98-NUIT-INT", 980))
         .report("1999-06-30", "LYON98-COLLEGES", null, null, m("LYON98-COLLEGES-INC", 371))
         .report("1999-06-30", "LYON98-VICTIMES", null, null, m("LYON98-VICTIMES-REC", 760))
         .report("1999-06-30", "LYON98-PARKINGS", "IN_PROGRESS", "Six parcs équipés",
                 m("LYON98-PARKINGS-VOLS", 1_610))
         .committee(held("1999-06-22", "LYON98-COPIL-1999-06").chairedByPrefet("Préfet du Rhône")
                .partners("MAIRE-LYON", "PROCUREUR", "RECTEUR", "OPAC69", "ASSO-VICTIMES")
                .reviewed("LYON98-NUIT", "LYON98-COLLEGES", "LYON98-VICTIMES", "LYON98-PARKINGS")
                .decided("Étendre les correspondants de nuit à Mermoz")
                .next("2000-01-18"))
         .diagnostic(Diagnostic.adopted("1999-11-25")
                .delinquency("""
                        56 980 faits constatés en 1998 (-2,5 %). Baisse des vols à la roulotte dans les parcs
                        équipés de caméras ; hausse des violences contre les personnes dans les transports.""",
                        figure("107", "Faits constatés (total de l'état 4001)", "1998", 56_980,
                               "État 4001, DDSP du Rhône"),
                        figure(null, "Violences contre les personnes", "1998", 3_412, "État 4001, DDSP du Rhône"))
                .perception("Amélioration ressentie dans les parcs de stationnement ; inquiétude persistante à La Duchère.",
                            "Enquête de victimation (mairie de Lyon, septembre 1999)")
                .responses("Le bureau d'aide aux victimes trouve son public ; les correspondants de nuit sont sollicités "
                           + "au-delà de leur capacité."))
         .because("Actualisation annuelle demandée par le comité de pilotage")
         .report("1999-12-31", "LYON98-NUIT", null, null, m("LYON98-NUIT-INT", 1_720))
         .report("1999-12-31", "LYON98-COLLEGES", null, null, m("LYON98-COLLEGES-INC", 352))
         .report("1999-12-31", "LYON98-VICTIMES", null, null, m("LYON98-VICTIMES-REC", 1_390))
         .report("1999-12-31", "LYON98-PARKINGS", null, null, m("LYON98-PARKINGS-VOLS", 1_420))
         .committee(held("2000-01-18", "LYON98-COPIL-2000-01").chairedByPrefet("Préfet du Rhône")
                .partners("MAIRE-LYON", "PROCUREUR", "RECTEUR", "CG69")
                .reviewed("LYON98-NUIT", "LYON98-VICTIMES", "LYON98-PARKINGS")
                .decided("Préparer la sectorisation avec la police de proximité")
                .next("2000-11-14"))
         .assessed("2000-02-10", 1999, """
                        Les quatre actions sont engagées. 1 720 interventions des correspondants de nuit ; 1 390
                        victimes reçues ; vols dans les parcs équipés en baisse de 23 %.""",
                   "Recul de la délinquance de voie publique (-2,5 %), concentré dans les secteurs équipés.",
                   "Comité de pilotage réuni deux fois, comité restreint mensuel ; tableaux de bord trimestriels.",
                   "Amélioration ressentie dans le centre, pas dans les grands ensembles.",
                   "Décliner le contrat par secteur de police de proximité",
                   "Associer les transporteurs au contrat")
         .report("2000-02-28", "LYON98-PARKINGS", "ABANDONED",
                 "Extension aux autres parcs reportée au prochain contrat faute de crédits", m("LYON98-PARKINGS-VOLS", 1_390))
         .report("2000-06-30", "LYON98-NUIT", null, null, m("LYON98-NUIT-INT", 2_380))
         .report("2000-06-30", "LYON98-COLLEGES", null, null, m("LYON98-COLLEGES-INC", 330))
         .report("2000-06-30", "LYON98-VICTIMES", null, null, m("LYON98-VICTIMES-REC", 1_910))
         .committee(held("2000-11-14", "LYON98-COPIL-2000-11").chairedByPrefet("Préfet du Rhône")
                .partners("MAIRE-LYON", "PROCUREUR", "RECTEUR", "OPAC69", "ASSO-VICTIMES")
                .guest("Directeur départemental de la sécurité publique", "DDSP du Rhône")
                .reviewed("LYON98-NUIT", "LYON98-COLLEGES", "LYON98-VICTIMES")
                .decided("Engager un nouveau contrat décliné par secteur, comme le demande la circulaire du 16 octobre 2000"))
         .report("2000-12-31", "LYON98-NUIT", null, null, m("LYON98-NUIT-INT", 2_950))
         .report("2000-12-31", "LYON98-COLLEGES", null, null, m("LYON98-COLLEGES-INC", 318))
         .report("2000-12-31", "LYON98-VICTIMES", null, null, m("LYON98-VICTIMES-REC", 2_460))
         .assessed("2001-02-20", 2000, """
                        Objectifs atteints pour les correspondants de nuit (2 950 interventions) et l'aide aux
                        victimes (2 460 personnes reçues) ; incidents aux abords des collèges en baisse de 23 %.""",
                   "Délinquance de voie publique en recul pour la deuxième année.",
                   "Le comité de pilotage a décidé le renouvellement du contrat.",
                   "Stable.",
                   "Reprendre les trois actions dans le nouveau contrat, déclinées par secteur")
         .report("2001-06-15", "LYON98-NUIT", "COMPLETED", "Reprise par le nouveau contrat", m("LYON98-NUIT-INT", 3_310))
         .report("2001-06-15", "LYON98-COLLEGES", "COMPLETED", null, m("LYON98-COLLEGES-INC", 301))
         .report("2001-06-15", "LYON98-VICTIMES", "COMPLETED", null, m("LYON98-VICTIMES-REC", 2_880))
         .ended("2001-06-28", "SUPERSEDED", "CLS-69-LYON")
         .because("Remplacé par le contrat 2001-2004, décliné par secteur de police de proximité");
    }

    /** Lyon's second contract: declined by sector, kept alive (no flag on 31 December 2002). */
    private static void lyon2001(Prefecture rhone) {
        ContractScript c = rhone.contract("CLS-69-LYON", "Contrat local de sécurité de Lyon 2001-2004")
                .scope("COMMUNE").communes(LYON).districts("CSP-69-LYON")
                .sectors("LYON-DUCHERE", "LYON-MERMOZ", "LYON-PENTES", "LYON-PRESQUILE")
                .supersedes("CLS-69-LYON-1998")
                .drafted("2000-12-12")
                .because("Renouvellement en application de la circulaire du 16 octobre 2000 : un contrat décliné par "
                         + "secteur de police de proximité")
                .partner("PREFET", PREFET, "PREFET")
                .partner("PROCUREUR", PROCUREUR, "PROCUREUR")
                .mayor("MAIRE-LYON", "Maire de Lyon", LYON)
                .partner("RECTEUR", "Recteur de l'académie de Lyon", "RECTEUR")
                .partner("CG69", "Président du conseil général du Rhône", "CONSEIL_GENERAL")
                .partner("OPAC69", "OPAC du Rhône", "BAILLEUR_SOCIAL")
                .partner("OPAC-GL", "OPAC du Grand Lyon", "BAILLEUR_SOCIAL")
                .partner("TCL", "Société lyonnaise de transports en commun (réseau TCL)", "TRANSPORTEUR")
                .partner("ASSO-MEDIATION", "Association lyonnaise de médiation sociale", "ASSOCIATION")
                .partner("ASSO-VICTIMES", "Association d'aide aux victimes et de médiation du Rhône", "ASSOCIATION")
                .partner("DDSP69", "Direction départementale de la sécurité publique du Rhône", "SERVICE_ETAT")
                .partner("PJJ69", "Direction départementale de la protection judiciaire de la jeunesse du Rhône",
                         "SERVICE_ETAT");
        c.diagnostic(Diagnostic.adopted("2001-03-22")
                .delinquency("""
                        55 140 faits constatés en 2000 (-1,8 %). La police de proximité, déployée depuis juin 2000,
                        fournit pour la première fois des chiffres par secteur : La Duchère et Mermoz concentrent
                        les incendies de véhicules, la Presqu'île et les Pentes les vols avec violence.""",
                        figure("107", "Faits constatés (total de l'état 4001)", "2000", 55_140,
                               "État 4001, DDSP du Rhône"),
                        figure(null, "Incendies de véhicules (La Duchère et Mermoz)", "2000", 212,
                               "DDSP du Rhône, main courante informatisée"),
                        figure(null, "Vols avec violence (Presqu'île et Pentes)", "2000", 3_120,
                               "État 4001, DDSP du Rhône"))
                .perception("""
                        Les habitants de La Duchère et de Mermoz attendent une présence visible le soir ; les
                        commerçants de la Presqu'île se plaignent des vols à la tire.""",
                        "Enquête de victimation auprès de 1 500 habitants (Ville de Lyon, janvier 2001)",
                        "Réunions des conseils de quartier")
                .responses("""
                        Les correspondants de nuit ont fait leurs preuves mais ne couvrent pas Mermoz ; le suivi
                        des mineurs réitérants manque d'un interlocuteur unique.""")
                .finding("LYON-DUCHERE", "Rassemblements dans les halls et incendies de véhicules le week-end")
                .finding("LYON-MERMOZ", "Trafic de stupéfiants autour de la galerie commerciale")
                .finding("LYON-PENTES", "Vols avec violence la nuit, nuisances sonores")
                .finding("LYON-PRESQUILE", "Vols à la tire dans les rues commerçantes"));
        c.action("2001-04-10", ActionSheet.of("LYON-MEDIATION", "Médiateurs de nuit à La Duchère et à Mermoz",
                                             "MEDIATION")
                .objective("Réguler les conflits de voisinage et les troubles nocturnes, en lien avec les îlotiers")
                .lead("OPAC-GL").with("ASSO-MEDIATION", "OPAC69")
                .in("LYON-DUCHERE", "LYON-MERMOZ")
                .from("2001-09-01", "2004-06-30").budget(2_400_000, "FRF", "Fonds interministériel pour la ville",
                                                        "Ville de Lyon", "OPAC du Grand Lyon", "OPAC du Rhône")
                .indicator("LYON-MED-INT", "Interventions de médiation de nuit", "interventions", 0, 2000,
                           "OPAC du Grand Lyon")
                .indicator("LYON-MED-CONFLITS", "Conflits de voisinage réglés sans dépôt de plainte", "conflits", 0,
                           400, "Association lyonnaise de médiation sociale"))
         .action("2001-04-10", ActionSheet.of("LYON-COLLEGES", "Référents sécurité dans les collèges de La Duchère et de Mermoz",
                                             "SECURITE_SCOLAIRE")
                .objective("Un policier référent par collège, des conventions de signalement avec les principaux")
                .lead("RECTEUR").with("DDSP69")
                .in("LYON-DUCHERE", "LYON-MERMOZ")
                .from("2001-09-01", "2004-06-30").budget(90_000, "FRF", "Éducation nationale")
                .indicator("LYON-COL-INC", "Incidents graves signalés dans les collèges concernés (douze mois glissants)", "incidents", 96,
                           60, "Inspection académique du Rhône"))
         .action("2001-04-10", ActionSheet.of("LYON-VIDEO", "Vidéosurveillance de la Presqu'île et des Pentes",
                                             "PREVENTION_SITUATIONNELLE")
                .objective("Équiper les rues commerçantes et les places de caméras reliées au commissariat")
                .lead("MAIRE-LYON").with("DDSP69")
                .in("LYON-PRESQUILE", "LYON-PENTES")
                .from("2001-06-01", "2002-06-30").budget(6_500_000, "FRF", "Ville de Lyon", "Ministère de l'intérieur")
                .indicator("LYON-VIDEO-CAM", "Caméras en service", "caméras", 0, 48, "Ville de Lyon")
                .indicator("LYON-VIDEO-VOLS", "Vols avec violence et vols à la tire (douze mois glissants)", "faits", 3_120, 2_500,
                           "État 4001, DDSP du Rhône"))
         .action("2001-04-10", ActionSheet.of("LYON-MINEURS", "Suivi éducatif renforcé des mineurs réitérants",
                                             "DELINQUANCE_DES_MINEURS")
                .objective("Un éducateur référent et une réponse judiciaire en moins de trois mois")
                .lead("PJJ69").with("PROCUREUR", "ASSO-MEDIATION")
                .in("LYON-DUCHERE", "LYON-MERMOZ", "LYON-PENTES")
                .from("2001-09-01", "2004-06-30").budget(1_100_000, "FRF", "Ministère de la justice", "Département du Rhône")
                .indicator("LYON-MIN-SUIVIS", "Mineurs suivis", "mineurs", 0, 120, "PJJ du Rhône")
                .indicator("LYON-MIN-REIT", "Taux de réitération à douze mois", "%", 48, 30, "Parquet de Lyon"))
         .action("2001-04-10", ActionSheet.of("LYON-VICTIMES", "Permanences d'aide aux victimes dans les mairies d'arrondissement",
                                             "AIDE_AUX_VICTIMES")
                .objective("Rapprocher l'accueil des victimes de leur quartier")
                .lead("ASSO-VICTIMES").with("PROCUREUR", "MAIRE-LYON")
                .in("LYON-DUCHERE", "LYON-MERMOZ", "LYON-PENTES", "LYON-PRESQUILE")
                .from("2001-09-01", "2004-06-30").budget(520_000, "FRF", "Ministère de la justice", "Ville de Lyon")
                .indicator("LYON-VIC-REC", "Victimes reçues", "personnes", 0, 3000, "Association d'aide aux victimes"));
        c.signed("2001-06-28", sig("PREFET", "Le préfet du Rhône"),
                 sig("PROCUREUR", "Le procureur de la République de Lyon"),
                 sig("MAIRE-LYON", "Le maire de Lyon", "Ville de Lyon"),
                 sig("RECTEUR", "Le recteur de l'académie de Lyon"),
                 sig("CG69", "Le président du conseil général", "Département du Rhône"),
                 sig("OPAC-GL", "Le directeur général de l'OPAC du Grand Lyon"),
                 sig("TCL", "Le directeur général de la SLTC"))
         .because("Signature du contrat renouvelé, le même jour que la fin du contrat de 1998")
         .delegation("Mme Anne Berthier", "2001-09-01", null)
         .because("Délégation de la présidence du comité de pilotage à la sous-préfète chargée de la politique de la ville")
         .communication("2001-10-15", "Réunions publiques", "Habitants des 1er, 2e, 8e et 9e arrondissements",
                        "Présentation du contrat et des îlotiers de chaque secteur dans les mairies d'arrondissement")
         .report("2001-09-30", "LYON-MEDIATION", "IN_PROGRESS", "Seize médiateurs en poste",
                 m("LYON-MED-INT", 95), m("LYON-MED-CONFLITS", 11))
         .report("2001-09-30", "LYON-VIDEO", "IN_PROGRESS", "Premières caméras rue de la République",
                 m("LYON-VIDEO-CAM", 8), m("LYON-VIDEO-VOLS", 3_080))
         .committee(held("2001-11-20", "LYON-COPIL-2001-11").chairedByPrefet("Préfet du Rhône")
                .partners("MAIRE-LYON", "PROCUREUR", "RECTEUR", "OPAC-GL", "TCL", "ASSO-MEDIATION")
                .guest("Commissaire central de Lyon", "DDSP du Rhône")
                .reviewed("LYON-MEDIATION", "LYON-VIDEO")
                .decided("Tableau de bord trimestriel par secteur", "Préparer l'extension à Gerland")
                .next("2002-05-14"))
         .report("2001-12-31", "LYON-MEDIATION", null, null, m("LYON-MED-INT", 310), m("LYON-MED-CONFLITS", 42))
         .report("2001-12-31", "LYON-COLLEGES", "IN_PROGRESS", "Six référents désignés", m("LYON-COL-INC", 88))
         .report("2001-12-31", "LYON-VIDEO", null, null, m("LYON-VIDEO-CAM", 18), m("LYON-VIDEO-VOLS", 3_050))
         .report("2001-12-31", "LYON-MINEURS", "IN_PROGRESS", null, m("LYON-MIN-SUIVIS", 45), m("LYON-MIN-REIT", 46))
         .report("2001-12-31", "LYON-VICTIMES", "IN_PROGRESS", null, m("LYON-VIC-REC", 620))
         .diagnostic(Diagnostic.adopted("2002-02-12")
                .delinquency("""
                        54 020 faits constatés en 2001 (-2,0 %). Les vols avec violence reculent sur la Presqu'île
                        depuis la mise en service des caméras ; Gerland et la Guillotière, sectorisés en 2001,
                        connaissent une hausse des dégradations.""",
                        figure("107", "Faits constatés (total de l'état 4001)", "2001", 54_020,
                               "État 4001, DDSP du Rhône"),
                        figure(null, "Dégradations (Gerland, Guillotière)", "2001", 410, "DDSP du Rhône"))
                .perception("Sentiment d'insécurité en recul dans le centre, stable à La Duchère.",
                            "Baromètre de la Ville de Lyon (décembre 2001)")
                .responses("Les médiateurs et les îlotiers travaillent ensemble ; les permanences d'aide aux victimes "
                           + "sont très fréquentées.")
                .finding("LYON-DUCHERE", "Moins d'incendies de véhicules depuis l'arrivée des médiateurs")
                .finding("LYON-PRESQUILE", "Vols à la tire en baisse dans les rues équipées"))
         .because("Actualisation annuelle du diagnostic, chiffres 2001 de l'état 4001")
         .assessed("2002-02-26", 2001, """
                        Premier semestre d'exécution : 310 interventions de médiation, 18 caméras en service, 45
                        mineurs suivis, 620 victimes reçues.""",
                   "Baisse de 2 % des faits constatés ; vols avec violence en recul sur la Presqu'île.",
                   "Comité de pilotage présidé par le préfet, puis par la sous-préfète déléguée ; tableau de bord "
                   + "trimestriel par secteur.",
                   "Amélioration ressentie dans le centre.",
                   "Étendre le contrat au secteur de Gerland")
         .amended("2002-03-15", "LYON-AVENANT-1", """
                        Avenant n° 1 : le contrat s'étend au secteur de Gerland – Guillotière, sectorisé par la police
                        de proximité en 2001.""", List.of("LYON-GERLAND"), null, null)
         .because("Couvrir la totalité de la circonscription, comme le demande la circulaire du 16 octobre 2000")
         .report("2002-03-31", "LYON-MEDIATION", null, null, m("LYON-MED-INT", 690), m("LYON-MED-CONFLITS", 95))
         .report("2002-03-31", "LYON-VIDEO", null, null, m("LYON-VIDEO-CAM", 36), m("LYON-VIDEO-VOLS", 2_810))
         .action("2002-04-02", ActionSheet.of("LYON-GERLAND", "Prévention situationnelle au parc de Gerland et sur les berges",
                                             "PREVENTION_SITUATIONNELLE")
                .objective("Éclairage, aménagement des accès et rondes coordonnées police municipale – police nationale")
                .lead("MAIRE-LYON").with("DDSP69")
                .in("LYON-GERLAND")
                .from("2002-05-01", "2004-06-30").budget(380_000, "EUR", "Ville de Lyon", "Fonds interministériel pour la ville")
                .indicator("LYON-GER-DEG", "Dégradations signalées (douze mois glissants)", "faits", 410, 250, "DDSP du Rhône"))
         .corrected("2002-04-09", 2001, """
                        Premier semestre d'exécution : 310 interventions de médiation, 18 caméras en service, 45
                        mineurs suivis, 620 victimes reçues.""",
                    "Baisse de 2,0 % des faits constatés (54 020 au lieu des 54 380 provisoires) ; vols avec violence "
                    + "en recul de 2,2 % sur la Presqu'île.",
                    "Comité de pilotage présidé par le préfet, puis par la sous-préfète déléguée ; tableau de bord "
                    + "trimestriel par secteur.",
                    "Amélioration ressentie dans le centre.",
                    "Étendre le contrat au secteur de Gerland")
         .because("Rectificatif : chiffres de l'état 4001 consolidés par la DDSP")
         .committee(held("2002-05-14", "LYON-COPIL-2002-05").chairedBySousPrefet("Anne Berthier")
                .partners("MAIRE-LYON", "PROCUREUR", "RECTEUR", "OPAC-GL", "PJJ69", "ASSO-VICTIMES")
                .reviewed("LYON-MEDIATION", "LYON-COLLEGES", "LYON-VIDEO", "LYON-MINEURS", "LYON-VICTIMES", "LYON-GERLAND")
                .decided("Achever l'équipement vidéo en juin", "Ouvrir une permanence d'aide aux victimes à Gerland")
                .next("2002-11-26"))
         .report("2002-06-30", "LYON-MEDIATION", null, null, m("LYON-MED-INT", 1_080), m("LYON-MED-CONFLITS", 160))
         .report("2002-06-30", "LYON-COLLEGES", null, null, m("LYON-COL-INC", 74))
         .report("2002-06-30", "LYON-VIDEO", "COMPLETED", "Quarante-huit caméras en service ; réception des travaux",
                 m("LYON-VIDEO-CAM", 48), m("LYON-VIDEO-VOLS", 2_590))
         .report("2002-06-30", "LYON-MINEURS", null, null, m("LYON-MIN-SUIVIS", 88), m("LYON-MIN-REIT", 39))
         .report("2002-06-30", "LYON-VICTIMES", null, null, m("LYON-VIC-REC", 1_410))
         .report("2002-06-30", "LYON-GERLAND", "IN_PROGRESS", "Éclairage des berges posé", m("LYON-GER-DEG", 395))
         .review("2002-09-24", "Réunion de bilan avec les chefs de service de l'État et les acteurs de terrain de chaque secteur",
                 "DDSP du Rhône", "Parquet de Lyon", "PJJ du Rhône", "Inspection académique", "OPAC du Grand Lyon",
                 "Médiateurs de nuit", "Îlotiers des quatre secteurs")
         .report("2002-09-30", "LYON-MEDIATION", null, null, m("LYON-MED-INT", 1_420), m("LYON-MED-CONFLITS", 221))
         .report("2002-09-30", "LYON-GERLAND", null, null, m("LYON-GER-DEG", 351))
         .diagnostic(Diagnostic.adopted("2002-11-19")
                .delinquency("""
                        Sur les dix premiers mois de 2002, les faits constatés reculent encore (-3,1 %) ; Gerland
                        suit la tendance depuis l'avenant.""",
                        figure("107", "Faits constatés (total de l'état 4001), dix mois", "janvier-octobre 2002", 44_180,
                               "État 4001, DDSP du Rhône"))
                .perception("Le baromètre municipal montre une amélioration dans les quatre secteurs d'origine.",
                            "Baromètre de la Ville de Lyon (octobre 2002)")
                .responses("Actions en cours conformes au calendrier ; la vidéosurveillance est achevée.")
                .finding("LYON-GERLAND", "Dégradations en baisse depuis l'éclairage des berges")
                .finding("LYON-MERMOZ", "Trafic déplacé vers les parkings souterrains"))
         .because("Troisième version : chiffres de l'année en cours et secteur de Gerland")
         .report("2002-11-30", "LYON-MINEURS", null, null, m("LYON-MIN-SUIVIS", 112), m("LYON-MIN-REIT", 34))
         .committee(held("2002-11-26", "LYON-COPIL-2002-11").chairedBySousPrefet("Mme Anne Berthier")
                .partners("MAIRE-LYON", "PROCUREUR", "RECTEUR", "OPAC-GL", "TCL", "ASSO-MEDIATION", "DDSP69")
                .reviewed("LYON-MEDIATION", "LYON-COLLEGES", "LYON-MINEURS", "LYON-VICTIMES", "LYON-GERLAND")
                .decided("Reconduire les médiateurs de nuit en 2003", "Préparer le bilan 2002")
                .next("2003-05-13"))
         .report("2002-12-15", "LYON-MEDIATION", null, null, m("LYON-MED-INT", 1_795), m("LYON-MED-CONFLITS", 280))
         .report("2002-12-15", "LYON-COLLEGES", null, null, m("LYON-COL-INC", 63))
         .report("2002-12-15", "LYON-VICTIMES", null, null, m("LYON-VIC-REC", 2_280))
         .report("2002-12-15", "LYON-GERLAND", null, null, m("LYON-GER-DEG", 318));
    }

    /** The pilot site: measurements of one action stopped in November 2001 (measurements-stale). */
    private static void venissieuxSaintFons(Prefecture rhone) {
        ContractScript c = rhone.contract("CLS-69-VENISSIEUX-SAINT-FONS",
                                          "Contrat local de sécurité intercommunal de Vénissieux et Saint-Fons")
                .scope("INTERCOMMUNAL").communes(VENISSIEUX, SAINT_FONS).districts("CSP-69-VENISSIEUX")
                .sectors("VENISSIEUX-MINGUETTES", "SAINT-FONS")
                .drafted("1998-02-10")
                .because("Élaboration conjointe des deux communes de la circonscription de Vénissieux")
                .partner("PREFET", PREFET, "PREFET")
                .partner("PROCUREUR", PROCUREUR, "PROCUREUR")
                .mayor("MAIRE-VENISSIEUX", "Maire de Vénissieux", VENISSIEUX)
                .mayor("MAIRE-SAINT-FONS", "Maire de Saint-Fons", SAINT_FONS)
                .partner("IA69", "Inspecteur d'académie, directeur des services départementaux de l'Éducation nationale du Rhône",
                         "RECTEUR")
                .partner("CG69", "Président du conseil général du Rhône", "CONSEIL_GENERAL")
                .partner("OPAC69", "OPAC du Rhône", "BAILLEUR_SOCIAL")
                .partner("ASSO-PREVENTION", "Club de prévention spécialisée de Vénissieux", "ASSOCIATION")
                .partner("DDSP69", "Direction départementale de la sécurité publique du Rhône", "SERVICE_ETAT");
        c.diagnostic(Diagnostic.adopted("1998-06-18")
                .delinquency("""
                        6 840 faits constatés en 1997 dans la circonscription. Aux Minguettes, incendies de
                        véhicules, dégradations des halls et caves, occupation des parties communes ; à Saint-Fons,
                        cambriolages et vols liés aux véhicules.""",
                        figure("107", "Faits constatés (total de l'état 4001)", "1997", 6_840,
                               "État 4001, CSP de Vénissieux"),
                        figure(null, "Incendies de véhicules", "1997", 174, "CSP de Vénissieux"))
                .perception("Forte demande de présence policière le soir ; défiance envers les institutions chez les jeunes.",
                            "Diagnostic partagé avec les conseils de quartier (printemps 1998)")
                .responses("Travail de prévention spécialisée reconnu mais isolé ; pas d'accès au droit dans le quartier.")
                .finding("VENISSIEUX-MINGUETTES", "Halls et caves occupés, trafic de stupéfiants à Monmousseau")
                .finding("SAINT-FONS", "Cambriolages dans le secteur pavillonnaire"));
        c.action("1998-09-15", ActionSheet.of("VSF-MJD", "Maison de la justice et du droit des Minguettes", "CITOYENNETE")
                .objective("Accès au droit, médiation pénale et rappel à la loi au cœur du quartier")
                .lead("PROCUREUR").with("MAIRE-VENISSIEUX")
                .in("VENISSIEUX-MINGUETTES")
                .from("1998-10-01", "2000-12-31").budget(640_000, "FRF", "Ministère de la justice", "Ville de Vénissieux")
                .indicator("VSF-MJD-PERS", "Personnes reçues", "personnes", 0, 4000, "Maison de la justice et du droit"))
         .action("1998-09-15", ActionSheet.of("VSF-HALLS", "Résidentialisation et gardiennage des halls d'immeubles",
                                             "PREVENTION_SITUATIONNELLE")
                .objective("Fermer les halls, installer des loges de gardiens, réduire les dégradations")
                .lead("OPAC69").with("MAIRE-VENISSIEUX")
                .in("VENISSIEUX-MINGUETTES")
                .from("1999-01-01", "2002-12-31").budget(4_800_000, "FRF", "OPAC du Rhône", "État (PALULOS)")
                .indicator("VSF-HALLS-NB", "Halls résidentialisés", "halls", 0, 60, "OPAC du Rhône")
                .indicator("VSF-HALLS-PL", "Plaintes pour dégradations du bailleur (douze mois glissants)", "plaintes", 780, 400, "OPAC du Rhône"))
         .action("1998-09-15", ActionSheet.of("VSF-TOX", "Prévention des toxicomanies en milieu scolaire", "TOXICOMANIES")
                .objective("Interventions en classe de 4e et 3e, formation des infirmières scolaires")
                .lead("IA69").with("ASSO-PREVENTION")
                .in("VENISSIEUX-MINGUETTES", "SAINT-FONS")
                .from("1998-10-01", "2002-06-30").budget(210_000, "FRF", "MILDT", "Éducation nationale")
                .indicator("VSF-TOX-ELEVES", "Élèves sensibilisés", "élèves", 0, 3000, "Inspection académique du Rhône"))
         .action("1998-09-15", ActionSheet.of("VSF-RADIO", "Radio de quartier aux Minguettes", "CITOYENNETE")
                .objective("Donner la parole aux jeunes du quartier")
                .lead("ASSO-PREVENTION")
                .in("VENISSIEUX-MINGUETTES")
                .from("1999-01-01", "2000-12-31").budget(180_000, "FRF", "Fonds d'action sociale")
                .indicator("VSF-RADIO-H", "Heures d'antenne", "heures", 0, 500, "Club de prévention"))
         .action("1998-09-15", ActionSheet.of("VSF-ETE", "Opérations Ville-Vie-Vacances", "DELINQUANCE_DES_MINEURS")
                .objective("Séjours et activités encadrées l'été pour les 11-18 ans")
                .lead("MAIRE-VENISSIEUX").with("MAIRE-SAINT-FONS", "ASSO-PREVENTION")
                .in("VENISSIEUX-MINGUETTES", "SAINT-FONS")
                .from("1999-06-01", "2003-09-30").budget(350_000, "FRF", "Ville-Vie-Vacances", "Villes de Vénissieux et Saint-Fons")
                .indicator("VSF-ETE-JEUNES", "Jeunes accueillis l'été", "jeunes", 350, 800, "Villes de Vénissieux et Saint-Fons"));
        c.signed("1998-11-09", sig("PREFET", "Le préfet du Rhône"),
                 sig("PROCUREUR", "Le procureur de la République de Lyon"),
                 sig("MAIRE-VENISSIEUX", "Le maire de Vénissieux", "Ville de Vénissieux"),
                 sig("MAIRE-SAINT-FONS", "Le maire de Saint-Fons", "Ville de Saint-Fons"),
                 sig("IA69", "L'inspecteur d'académie du Rhône"),
                 sig("OPAC69", "Le directeur général de l'OPAC du Rhône"))
         .because("Signature en mairie de Vénissieux")
         .delegation("M. Laurent Chabrol", "1999-01-01", "2001-08-31")
         .because("Présidence du comité de pilotage déléguée au sous-préfet chargé de la politique de la ville")
         .report("1998-12-31", "VSF-MJD", "IN_PROGRESS", "Ouverture le 2 novembre", m("VSF-MJD-PERS", 310))
         .report("1998-12-31", "VSF-TOX", "IN_PROGRESS", null, m("VSF-TOX-ELEVES", 240))
         .committee(held("1999-03-02", "VSF-COPIL-1999-03").chairedByPrefet("Préfet du Rhône")
                .partners("MAIRE-VENISSIEUX", "MAIRE-SAINT-FONS", "PROCUREUR", "OPAC69")
                .reviewed("VSF-MJD", "VSF-TOX")
                .decided("Engager la résidentialisation de dix halls en 1999")
                .next("1999-10-12"))
         .communication("1999-05-20", "Journal municipal", "Habitants des Minguettes et de Saint-Fons",
                        "Dossier « Le contrat local de sécurité, un an après » dans les journaux des deux villes")
         .report("1999-06-30", "VSF-RADIO", "ABANDONED", "Projet abandonné : l'association porteuse n'a pas obtenu sa fréquence")
         .report("1999-09-30", "VSF-ETE", "IN_PROGRESS", null, m("VSF-ETE-JEUNES", 420))
         .committee(held("1999-10-12", "VSF-COPIL-1999-10").chairedBySousPrefet("Laurent Chabrol")
                .partners("MAIRE-VENISSIEUX", "MAIRE-SAINT-FONS", "IA69", "ASSO-PREVENTION")
                .guest("Commissaire de Vénissieux", "DDSP du Rhône")
                .reviewed("VSF-MJD", "VSF-HALLS", "VSF-TOX", "VSF-ETE")
                .decided("Associer la police de proximité du site pilote aux comités restreints")
                .next("2000-04-11"))
         .report("1999-12-31", "VSF-MJD", null, null, m("VSF-MJD-PERS", 1_850))
         .report("1999-12-31", "VSF-HALLS", "IN_PROGRESS", null, m("VSF-HALLS-NB", 8), m("VSF-HALLS-PL", 720))
         .report("1999-12-31", "VSF-TOX", null, null, m("VSF-TOX-ELEVES", 1_020))
         .assessed("2000-03-14", 1999, """
                        Maison de la justice et du droit ouverte (1 850 personnes reçues) ; huit halls
                        résidentialisés ; 420 jeunes accueillis l'été ; le projet de radio a été abandonné.""",
                   "Incendies de véhicules en baisse de 18 % aux Minguettes.",
                   "Comité de pilotage réuni deux fois ; la police de proximité du site pilote participe au suivi.",
                   "Les habitants signalent moins de troubles dans les halls fermés.",
                   "Étendre le contrat au secteur Centre – Parilly")
         .diagnostic(Diagnostic.adopted("2000-04-04")
                .delinquency("""
                        6 310 faits constatés en 1999 (-7,8 %). Les secteurs de police de proximité permettent
                        de suivre Parilly, jusqu'ici hors du contrat, où les vols liés aux véhicules augmentent.""",
                        figure("107", "Faits constatés (total de l'état 4001)", "1999", 6_310,
                               "État 4001, CSP de Vénissieux"))
                .perception("Amélioration ressentie aux Minguettes ; inquiétude nouvelle à Parilly.",
                            "Enquête auprès des locataires de l'OPAC (février 2000)")
                .responses("La maison de la justice et du droit est saturée ; la prévention en milieu scolaire fonctionne.")
                .finding("VENISSIEUX-MINGUETTES", "Moins d'occupation des halls résidentialisés"))
         .because("Actualisation après un an de police de proximité")
         .committee(held("2000-04-11", "VSF-COPIL-2000-04").chairedBySousPrefet("Laurent Chabrol")
                .partners("MAIRE-VENISSIEUX", "MAIRE-SAINT-FONS", "PROCUREUR", "OPAC69", "CG69")
                .reviewed("VSF-MJD", "VSF-HALLS", "VSF-TOX", "VSF-ETE")
                .decided("Signer un avenant pour le secteur Centre – Parilly")
                .next("2000-11-21"))
         .amended("2000-05-16", "VSF-AVENANT-1", """
                        Avenant n° 1 : extension du contrat au secteur Centre – Parilly de la police de proximité.""",
                  List.of("VENISSIEUX-CENTRE"), null, null)
         .because("Couvrir toute la circonscription du site pilote")
         .action("2000-06-12", ActionSheet.of("VSF-PARILLY", "Médiation sociale à Parilly et sur les lignes de bus",
                                             "MEDIATION")
                .objective("Des médiateurs aux arrêts et dans les bus le soir")
                .lead("ASSO-PREVENTION").with("MAIRE-VENISSIEUX")
                .in("VENISSIEUX-CENTRE")
                .from("2000-09-01", "2003-06-30").budget(420_000, "FRF", "Emplois-jeunes", "Ville de Vénissieux")
                .indicator("VSF-PAR-INT", "Interventions de médiation", "interventions", 0, 900, "Club de prévention"))
         .report("2000-09-30", "VSF-ETE", null, null, m("VSF-ETE-JEUNES", 560))
         .committee(held("2000-11-21", "VSF-COPIL-2000-11").chairedBySousPrefet("Laurent Chabrol")
                .partners("MAIRE-VENISSIEUX", "MAIRE-SAINT-FONS", "IA69", "ASSO-PREVENTION", "DDSP69")
                .reviewed("VSF-HALLS", "VSF-PARILLY", "VSF-ETE")
                .decided("Clore l'action maison de la justice et du droit, pérennisée par le ministère")
                .next("2001-06-19"))
         .report("2000-12-31", "VSF-MJD", "COMPLETED", "Structure pérennisée par le ministère de la justice",
                 m("VSF-MJD-PERS", 4_320))
         .report("2000-12-31", "VSF-HALLS", null, null, m("VSF-HALLS-NB", 21), m("VSF-HALLS-PL", 610))
         .report("2000-12-31", "VSF-TOX", null, null, m("VSF-TOX-ELEVES", 2_050))
         .report("2000-12-31", "VSF-PARILLY", "IN_PROGRESS", null, m("VSF-PAR-INT", 140))
         .assessed("2001-03-06", 2000, """
                        Maison de la justice et du droit pérennisée (4 320 personnes reçues depuis l'ouverture) ;
                        21 halls résidentialisés ; médiation engagée à Parilly.""",
                   "Faits constatés en baisse de 7,8 % en 1999 ; incendies de véhicules stables en 2000.",
                   "Quatre comités de pilotage en deux ans ; suivi conjoint avec la police de proximité.",
                   "Amélioration confirmée aux Minguettes.",
                   "Poursuivre la résidentialisation au même rythme")
         .committee(held("2001-06-19", "VSF-COPIL-2001-06").chairedBySousPrefet("Laurent Chabrol")
                .partners("MAIRE-VENISSIEUX", "MAIRE-SAINT-FONS", "OPAC69")
                .reviewed("VSF-HALLS", "VSF-PARILLY", "VSF-TOX")
                .decided("Demander à l'OPAC un calendrier pour les 39 halls restants")
                .next("2002-02-05"))
         .delegation("Mme Anne Berthier", "2001-09-01", null)
         .because("Arrivée de la nouvelle sous-préfète chargée de la politique de la ville")
         .report("2001-09-30", "VSF-ETE", null, null, m("VSF-ETE-JEUNES", 610))
         .review("2001-10-09", "Réunion de bilan avec les gardiens, les îlotiers et les enseignants",
                 "DDSP du Rhône", "OPAC du Rhône", "Collèges Paul-Éluard et Jules-Michelet", "Club de prévention")
         .report("2001-11-30", "VSF-HALLS", null, "Chantier ralenti : appel d'offres infructueux",
                 m("VSF-HALLS-NB", 34), m("VSF-HALLS-PL", 560))
         .report("2001-12-31", "VSF-PARILLY", null, null, m("VSF-PAR-INT", 410))
         .report("2001-12-31", "VSF-TOX", null, null, m("VSF-TOX-ELEVES", 2_760))
         .committee(held("2002-02-05", "VSF-COPIL-2002-02").chairedBySousPrefet("Anne Berthier")
                .partners("MAIRE-VENISSIEUX", "MAIRE-SAINT-FONS", "PROCUREUR", "OPAC69")
                .reviewed("VSF-HALLS", "VSF-PARILLY", "VSF-ETE")
                .decided("Relancer l'OPAC sur la résidentialisation")
                .next("2002-09-17"))
         .assessed("2002-03-05", 2001, """
                        34 halls résidentialisés sur 60 ; 410 interventions de médiation à Parilly ; 2 760 élèves
                        sensibilisés aux toxicomanies.""",
                   "Faits constatés stables ; plaintes du bailleur pour dégradations en baisse de 28 % depuis 1998.",
                   "Comité de pilotage réuni deux fois ; le tableau de bord de la résidentialisation n'est plus "
                   + "alimenté depuis novembre.",
                   "Stable.",
                   "Obtenir de l'OPAC un tableau de bord trimestriel")
         .diagnostic(Diagnostic.adopted("2002-03-12")
                .delinquency("""
                        6 020 faits constatés en 2001 (-2,3 %). Les incendies de véhicules se déplacent des
                        Minguettes vers Parilly.""",
                        figure("107", "Faits constatés (total de l'état 4001)", "2001", 6_020,
                               "État 4001, CSP de Vénissieux"),
                        figure(null, "Incendies de véhicules", "2001", 131, "CSP de Vénissieux"))
                .perception("Sentiment d'insécurité en baisse aux Minguettes, en hausse à Parilly.",
                            "Enquête auprès des locataires de l'OPAC (janvier 2002)")
                .responses("La médiation à Parilly doit être renforcée le week-end.")
                .finding("VENISSIEUX-CENTRE", "Incendies de véhicules en hausse à Parilly")
                .finding("SAINT-FONS", "Cambriolages en baisse"))
         .because("Actualisation annuelle")
         .report("2002-06-30", "VSF-TOX", "COMPLETED", "Action intégrée au projet d'établissement des collèges",
                 m("VSF-TOX-ELEVES", 3_180))
         .report("2002-06-30", "VSF-PARILLY", null, null, m("VSF-PAR-INT", 620))
         .committee(held("2002-09-17", "VSF-COPIL-2002-09").chairedBySousPrefet("Anne Berthier")
                .partners("MAIRE-VENISSIEUX", "MAIRE-SAINT-FONS", "IA69", "ASSO-PREVENTION", "CG69")
                .reviewed("VSF-PARILLY", "VSF-ETE", "VSF-HALLS")
                .decided("Préparer l'installation du conseil intercommunal de sécurité et de prévention de la délinquance",
                         "Le tableau de bord des halls reste à fournir par l'OPAC")
                .next("2003-03-18"))
         .report("2002-09-30", "VSF-ETE", null, null, m("VSF-ETE-JEUNES", 690))
         .report("2002-10-31", "VSF-PARILLY", null, null, m("VSF-PAR-INT", 790));
    }

    /** A diagnostic never updated since 1998, older than community policing, and an action not declined. */
    private static void vaulxEnVelin(Prefecture rhone) {
        ContractScript c = rhone.contract("CLS-69-VAULX-EN-VELIN", "Contrat local de sécurité de Vaulx-en-Velin")
                .scope("COMMUNE").communes(VAULX).districts("CSP-69-VAULX-EN-VELIN")
                .sectors("VAULX-MAS-DU-TAUREAU", "VAULX-GRANDE-ILE", "VAULX-SUD")
                .drafted("1998-09-01")
                .because("Élaboration engagée à la demande du maire")
                .partner("PREFET", PREFET, "PREFET")
                .partner("PROCUREUR", PROCUREUR, "PROCUREUR")
                .mayor("MAIRE-VAULX", "Maire de Vaulx-en-Velin", VAULX)
                .partner("IA69", "Inspecteur d'académie, directeur des services départementaux de l'Éducation nationale du Rhône",
                         "RECTEUR")
                .partner("CG69", "Président du conseil général du Rhône", "CONSEIL_GENERAL")
                .partner("OPAC-GL", "OPAC du Grand Lyon", "BAILLEUR_SOCIAL")
                .partner("ASSO-MEDIATION", "Association vaudaise de médiation sociale", "ASSOCIATION")
                .partner("MISSION-LOCALE", "Mission locale de Vaulx-en-Velin", "AUTRE")
                .partner("DDSP69", "Direction départementale de la sécurité publique du Rhône", "SERVICE_ETAT");
        c.diagnostic(Diagnostic.adopted("1998-12-10")
                .delinquency("""
                        3 910 faits constatés en 1997. Incendies de véhicules et rodéos automobiles, caillassages
                        des bus au Mas du Taureau ; absentéisme scolaire élevé dans les collèges de la Grande-Île.""",
                        figure("107", "Faits constatés (total de l'état 4001)", "1997", 3_910,
                               "État 4001, CSP de Vaulx-en-Velin"),
                        figure(null, "Véhicules incendiés", "1997", 310, "CSP de Vaulx-en-Velin"))
                .perception("Sentiment d'abandon dans les quartiers nord de la commune.",
                            "Enquête de la mission ville auprès de 600 habitants (automne 1998)")
                .responses("Peu de présence policière le soir ; médiation inexistante.")
                .finding("VAULX-MAS-DU-TAUREAU", "Rodéos et caillassages des bus")
                .finding("VAULX-GRANDE-ILE", "Absentéisme et exclusions scolaires"));
        c.action("1999-01-20", ActionSheet.of("VAULX-MEDIATION", "Agents de médiation au Mas du Taureau", "MEDIATION")
                .objective("Présence de médiateurs le soir et aux arrêts de bus")
                .lead("ASSO-MEDIATION").with("OPAC-GL")
                .in("VAULX-MAS-DU-TAUREAU")
                .from("1999-03-01", "2003-12-31").budget(780_000, "FRF", "Emplois-jeunes", "Ville de Vaulx-en-Velin")
                .indicator("VAULX-MED-INT", "Interventions de médiation", "interventions", 0, 1500,
                           "Association vaudaise de médiation sociale"))
         .action("1999-01-20", ActionSheet.of("VAULX-RODEOS", "Lutte contre les rodéos et les incendies de véhicules",
                                             "PREVENTION_SITUATIONNELLE")
                .objective("Enlèvement des épaves, aménagement des voiries, patrouilles coordonnées sur toute la commune")
                .lead("MAIRE-VAULX").with("DDSP69")
                .from("1999-03-01", "2003-12-31").budget(1_300_000, "FRF", "Ville de Vaulx-en-Velin", "Grand Lyon")
                .indicator("VAULX-ROD-VEH", "Véhicules incendiés (douze mois glissants)", "véhicules", 310, 150, "CSP de Vaulx-en-Velin"))
         .action("1999-01-20", ActionSheet.of("VAULX-ECOLE", "Prévention de l'absentéisme scolaire", "SECURITE_SCOLAIRE")
                .objective("Cellules de veille dans les collèges, contact rapide avec les familles")
                .lead("IA69").with("MAIRE-VAULX")
                .in("VAULX-GRANDE-ILE", "VAULX-SUD")
                .from("1999-09-01", "2003-06-30").budget(160_000, "FRF", "Éducation nationale")
                .indicator("VAULX-ECO-ABS", "Élèves absentéistes signalés (douze mois glissants)", "élèves", 420, 250,
                           "Inspection académique du Rhône"))
         .action("1999-01-20", ActionSheet.of("VAULX-INSERTION", "Chantiers d'insertion pour les jeunes sortant de détention",
                                             "REINSERTION")
                .objective("Un contrat de travail à la sortie pour les jeunes vaudais incarcérés")
                .lead("MISSION-LOCALE").with("PROCUREUR")
                .in("VAULX-MAS-DU-TAUREAU")
                .from("1999-06-01", "2001-12-31").budget(540_000, "FRF", "Fonds social européen", "Ville de Vaulx-en-Velin")
                .indicator("VAULX-INS-JEUNES", "Jeunes en chantier d'insertion", "jeunes", 0, 60, "Mission locale"));
        c.signed("1999-03-11", sig("PREFET", "Le préfet du Rhône"),
                 sig("PROCUREUR", "Le procureur de la République de Lyon"),
                 sig("MAIRE-VAULX", "Le maire de Vaulx-en-Velin", "Ville de Vaulx-en-Velin"),
                 sig("IA69", "L'inspecteur d'académie du Rhône"),
                 sig("CG69", "Le président du conseil général", "Département du Rhône"))
         .because("Signature à l'hôtel de ville de Vaulx-en-Velin")
         .report("1999-06-30", "VAULX-MEDIATION", "IN_PROGRESS", "Huit agents recrutés", m("VAULX-MED-INT", 140))
         .report("1999-06-30", "VAULX-RODEOS", "IN_PROGRESS", "Enlèvement des épaves engagé avec le Grand Lyon")
         .committee(held("1999-10-05", "VAULX-COPIL-1999-10").chairedByPrefet("Préfet du Rhône")
                .partners("MAIRE-VAULX", "PROCUREUR", "IA69", "OPAC-GL")
                .reviewed("VAULX-MEDIATION", "VAULX-RODEOS")
                .decided("Lancer les cellules de veille dans trois collèges"))
         .report("1999-12-31", "VAULX-MEDIATION", null, null, m("VAULX-MED-INT", 390))
         .report("1999-12-31", "VAULX-RODEOS", null, null, m("VAULX-ROD-VEH", 285))
         .report("1999-12-31", "VAULX-ECOLE", "IN_PROGRESS", null, m("VAULX-ECO-ABS", 410))
         .report("1999-12-31", "VAULX-INSERTION", "IN_PROGRESS", null, m("VAULX-INS-JEUNES", 9))
         .assessed("2000-03-21", 1999, """
                        Médiation engagée au Mas du Taureau (390 interventions) ; 285 véhicules incendiés contre
                        310 ; neuf jeunes en chantier d'insertion.""",
                   "Légère baisse des incendies de véhicules.",
                   "Un comité de pilotage en 1999.",
                   "Inchangé.",
                   "Réunir le comité de pilotage deux fois par an")
         .committee(held("2000-06-27", "VAULX-COPIL-2000-06").chairedByPrefet("Préfet du Rhône")
                .partners("MAIRE-VAULX", "PROCUREUR", "ASSO-MEDIATION", "MISSION-LOCALE")
                .guest("Commissaire de Vaulx-en-Velin", "DDSP du Rhône")
                .reviewed("VAULX-MEDIATION", "VAULX-RODEOS", "VAULX-ECOLE", "VAULX-INSERTION")
                .decided("Associer la police de proximité, déployée le 19 juin, au suivi des actions"))
         .communication("2000-09-28", "Réunion publique", "Habitants du Mas du Taureau",
                        "Présentation des îlotiers de la police de proximité et des agents de médiation")
         .report("2000-12-31", "VAULX-MEDIATION", null, null, m("VAULX-MED-INT", 720))
         .report("2000-12-31", "VAULX-RODEOS", null, null, m("VAULX-ROD-VEH", 262))
         .report("2000-12-31", "VAULX-ECOLE", null, null, m("VAULX-ECO-ABS", 380))
         .report("2000-12-31", "VAULX-INSERTION", null, null, m("VAULX-INS-JEUNES", 27))
         .committee(held("2001-02-13", "VAULX-COPIL-2001-02").chairedByPrefet("Préfet du Rhône")
                .partners("MAIRE-VAULX", "IA69", "OPAC-GL", "CG69")
                .reviewed("VAULX-MEDIATION", "VAULX-RODEOS", "VAULX-ECOLE")
                .decided("Actualiser le diagnostic avec les chiffres de la police de proximité (non fait à ce jour)"))
         .assessed("2001-03-27", 2000, """
                        720 interventions de médiation ; 262 véhicules incendiés ; 27 jeunes en chantier
                        d'insertion ; absentéisme en baisse de 10 %.""",
                   "Baisse continue des incendies de véhicules.",
                   "Deux comités de pilotage en 2000.",
                   "Légère amélioration au Mas du Taureau.",
                   "Actualiser le diagnostic")
         .committee(held("2001-10-16", "VAULX-COPIL-2001-10").chairedByPrefet("Préfet du Rhône")
                .partners("MAIRE-VAULX", "PROCUREUR", "ASSO-MEDIATION")
                .reviewed("VAULX-MEDIATION", "VAULX-RODEOS", "VAULX-INSERTION")
                .decided("Clore les chantiers d'insertion en fin d'année"))
         .report("2001-12-31", "VAULX-MEDIATION", null, null, m("VAULX-MED-INT", 1_050))
         .report("2001-12-31", "VAULX-RODEOS", null, null, m("VAULX-ROD-VEH", 240))
         .report("2001-12-31", "VAULX-ECOLE", null, null, m("VAULX-ECO-ABS", 344))
         .report("2001-12-31", "VAULX-INSERTION", "COMPLETED", "Trente-huit jeunes accompagnés, vingt-deux en emploi",
                 m("VAULX-INS-JEUNES", 38))
         .assessed("2002-04-23", 2001, """
                        1 050 interventions de médiation ; 240 véhicules incendiés ; chantiers d'insertion achevés
                        (38 jeunes, 22 en emploi).""",
                   "Incendies de véhicules en baisse de 23 % depuis 1997.",
                   "Trois comités de pilotage en 2001 ; le diagnostic de 1998 n'a jamais été actualisé.",
                   "Pas d'enquête depuis 1998.",
                   "Actualiser le diagnostic", "Décliner l'action contre les rodéos par secteur")
         .committee(held("2002-04-23", "VAULX-COPIL-2002-04").chairedByPrefet("Préfet du Rhône")
                .partners("MAIRE-VAULX", "PROCUREUR", "IA69", "OPAC-GL", "ASSO-MEDIATION")
                .reviewed("VAULX-MEDIATION", "VAULX-RODEOS", "VAULX-ECOLE")
                .decided("Confier à la DDSP les chiffres par secteur pour le nouveau diagnostic"))
         .report("2002-06-30", "VAULX-MEDIATION", null, null, m("VAULX-MED-INT", 1_230))
         .report("2002-06-30", "VAULX-ECOLE", null, null, m("VAULX-ECO-ABS", 318))
         .report("2002-10-15", "VAULX-ECOLE", null, null, m("VAULX-ECO-ABS", 301))
         .committee(held("2002-10-22", "VAULX-COPIL-2002-10").chairedByPrefet("Préfet du Rhône")
                .partners("MAIRE-VAULX", "PROCUREUR", "IA69", "ASSO-MEDIATION", "DDSP69")
                .reviewed("VAULX-MEDIATION", "VAULX-RODEOS", "VAULX-ECOLE")
                .decided("Le diagnostic sera actualisé au premier trimestre 2003"))
         .report("2002-10-31", "VAULX-MEDIATION", null, null, m("VAULX-MED-INT", 1_380))
         .report("2002-11-30", "VAULX-RODEOS", null, null, m("VAULX-ROD-VEH", 228));
    }

    /** Denounced in 2001 by the new municipality. */
    private static void bron1999(Prefecture rhone) {
        ContractScript c = rhone.contract("CLS-69-BRON-1999", "Contrat local de sécurité de Bron (1999)")
                .scope("COMMUNE").communes(BRON).districts("CSP-69-BRON")
                .drafted("1998-10-06")
                .partner("PREFET", PREFET, "PREFET")
                .partner("PROCUREUR", PROCUREUR, "PROCUREUR")
                .mayor("MAIRE-BRON", "Maire de Bron", BRON)
                .partner("IA69", "Inspecteur d'académie du Rhône", "RECTEUR")
                .partner("OPAC69", "OPAC du Rhône", "BAILLEUR_SOCIAL")
                .partner("ASSO-BRON", "Association brondillante de prévention", "ASSOCIATION");
        c.diagnostic(Diagnostic.adopted("1999-01-28")
                .delinquency("2 870 faits constatés en 1998 ; vols liés aux véhicules autour du parc de Parilly et du "
                             + "centre commercial, cambriolages.",
                        figure("107", "Faits constatés (total de l'état 4001)", "1998", 2_870, "État 4001, CSP de Bron"))
                .perception("Inquiétude des commerçants et des riverains du parc.",
                            "Questionnaire aux commerçants (décembre 1998)")
                .responses("Police municipale et police nationale patrouillent sans coordination."));
        c.action("1999-02-15", ActionSheet.of("BRON-PARC", "Surveillance coordonnée du parc de Parilly et du centre commercial",
                                             "PREVENTION_SITUATIONNELLE")
                .objective("Patrouilles communes et vidéosurveillance des parkings")
                .lead("MAIRE-BRON")
                .from("1999-04-01", "2001-12-31").budget(600_000, "FRF", "Ville de Bron")
                .indicator("BRON-PARC-VOLS", "Vols liés aux véhicules (douze mois glissants)", "faits", 840, 600, "CSP de Bron"))
         .action("1999-02-15", ActionSheet.of("BRON-CITOYEN", "Formation des jeunes à la citoyenneté", "CITOYENNETE")
                .objective("Conseils de jeunes et visites des institutions")
                .lead("ASSO-BRON").with("IA69")
                .from("1999-09-01", "2001-06-30").budget(90_000, "FRF", "Ville de Bron")
                .indicator("BRON-CIT-JEUNES", "Jeunes participants", "jeunes", 0, 150, "Association brondillante"));
        c.signed("1999-05-18", sig("PREFET", "Le préfet du Rhône"),
                 sig("PROCUREUR", "Le procureur de la République de Lyon"),
                 sig("MAIRE-BRON", "Le maire de Bron", "Ville de Bron"))
         .report("1999-12-31", "BRON-PARC", "IN_PROGRESS", null, m("BRON-PARC-VOLS", 790))
         .report("1999-12-31", "BRON-CITOYEN", "IN_PROGRESS", null, m("BRON-CIT-JEUNES", 48))
         .committee(held("1999-11-16", "BRON-COPIL-1999-11").chairedByPrefet("Préfet du Rhône")
                .partners("MAIRE-BRON", "PROCUREUR")
                .reviewed("BRON-PARC", "BRON-CITOYEN")
                .decided("Coordonner les horaires des deux polices"))
         .assessed("2000-03-28", 1999, "Patrouilles communes engagées ; 48 jeunes au conseil de jeunes.",
                   "Vols liés aux véhicules en légère baisse.", "Un comité de pilotage.", null)
         .committee(held("2000-06-06", "BRON-COPIL-2000-06").chairedByPrefet("Préfet du Rhône")
                .partners("MAIRE-BRON", "PROCUREUR", "ASSO-BRON")
                .reviewed("BRON-PARC", "BRON-CITOYEN")
                .decided("Préparer l'arrivée de la police de proximité"))
         .report("2000-12-31", "BRON-PARC", null, null, m("BRON-PARC-VOLS", 744))
         .report("2001-06-30", "BRON-CITOYEN", "COMPLETED", null, m("BRON-CIT-JEUNES", 131))
         .ended("2001-09-25", "DENOUNCED", null)
         .because("Contrat dénoncé par la municipalité issue des élections de mars 2001, qui veut le refonder sur "
                  + "les secteurs de la police de proximité");
    }

    /** Being prepared since the denunciation; no association nor social landlord yet (partners-missing). */
    private static void bron2002(Prefecture rhone) {
        ContractScript c = rhone.contract("CLS-69-BRON", "Contrat local de sécurité de Bron (2002)")
                .scope("COMMUNE").communes(BRON).districts("CSP-69-BRON")
                .sectors("BRON-PARILLY", "BRON-TERRAILLON", "BRON-CENTRE")
                .drafted("2002-03-19")
                .because("Nouveau contrat après la dénonciation du précédent, décliné par secteur")
                .partner("PREFET", PREFET, "PREFET")
                .partner("PROCUREUR", PROCUREUR, "PROCUREUR")
                .mayor("MAIRE-BRON", "Maire de Bron", BRON)
                .partner("IA69", "Inspecteur d'académie du Rhône", "RECTEUR");
        c.diagnostic(Diagnostic.adopted("2002-09-24")
                .delinquency("""
                        2 640 faits constatés en 2001. Terraillon concentre les dégradations et les rassemblements
                        de jeunes ; Parilly les vols liés aux véhicules.""",
                        figure("107", "Faits constatés (total de l'état 4001)", "2001", 2_640, "État 4001, CSP de Bron"))
                .perception("Les habitants de Terraillon demandent une présence éducative le soir.",
                            "Réunions publiques de quartier (juin 2002)")
                .responses("La police de proximité est connue ; aucune action de prévention depuis 2001.")
                .finding("BRON-TERRAILLON", "Rassemblements et dégradations le soir")
                .finding("BRON-PARILLY", "Vols liés aux véhicules"));
        c.action("2002-10-15", ActionSheet.of("BRON-TERRAILLON", "Présence éducative de rue à Terraillon",
                                             "DELINQUANCE_DES_MINEURS")
                .objective("Deux éducateurs de rue le soir et le week-end")
                .lead("MAIRE-BRON")
                .in("BRON-TERRAILLON")
                .from("2003-01-06", "2004-12-31").budget(95_000, "EUR", "Ville de Bron", "Fonds interministériel pour la ville")
                .indicator("BRON-TER-JEUNES", "Jeunes suivis", "jeunes", 0, 60, "Ville de Bron"));
    }

    /** The TCL network: no social landlord among its partners (partners-missing). */
    private static void tcl(Prefecture rhone) {
        ContractScript c = rhone.contract("CLS-69-TCL", "Contrat local de sécurité des transports en commun lyonnais (réseau TCL)")
                .scope("TRANSPORT_NETWORK").communes(LYON, VILLEURBANNE, VENISSIEUX, VAULX, BRON)
                // a network's travellers are not residents: counting the communes again would double the population
                .population(0)
                .drafted("2000-01-18")
                .because("Premier contrat de réseau de transport du département")
                .partner("PREFET", PREFET, "PREFET")
                .partner("PROCUREUR", PROCUREUR, "PROCUREUR")
                .mayor("MAIRE-LYON", "Maire de Lyon", LYON)
                .mayor("MAIRE-VILLEURBANNE", "Maire de Villeurbanne", VILLEURBANNE)
                .mayor("MAIRE-VENISSIEUX", "Maire de Vénissieux", VENISSIEUX)
                .mayor("MAIRE-VAULX", "Maire de Vaulx-en-Velin", VAULX)
                .mayor("MAIRE-BRON", "Maire de Bron", BRON)
                .partner("TCL", "Société lyonnaise de transports en commun (réseau TCL)", "TRANSPORTEUR")
                .partner("SYTRAL", "SYTRAL, autorité organisatrice des transports de l'agglomération lyonnaise", "AUTRE")
                .partner("SNCF", "SNCF, direction régionale de Lyon", "TRANSPORTEUR")
                .partner("ASSO-TRANSPORTS", "Association de médiation sociale dans les transports lyonnais", "ASSOCIATION")
                .partner("DDSP69", "Direction départementale de la sécurité publique du Rhône", "SERVICE_ETAT");
        c.diagnostic(Diagnostic.adopted("2000-05-09")
                .delinquency("""
                        1 480 atteintes recensées sur le réseau en 1999, dont 142 agressions d'agents ; les lignes
                        de bus de l'Est lyonnais et les stations de métro en correspondance concentrent les faits.""",
                        figure(null, "Atteintes sur le réseau TCL", "1999", 1_480, "Service sûreté de la SLTC"),
                        figure(null, "Agressions contre les agents", "1999", 142, "Service sûreté de la SLTC"))
                .perception("Les voyageurs évitent certaines lignes le soir ; les conducteurs exercent leur droit de retrait.",
                            "Enquête voyageurs SYTRAL (mars 2000)")
                .responses("Service de sûreté de l'exploitant sous-dimensionné ; pas de coordination avec la police."));
        c.action("2000-06-06", ActionSheet.of("TCL-AGENTS", "Agents d'ambiance et de médiation sur les lignes de bus de l'Est lyonnais",
                                             "MEDIATION")
                .objective("Accompagner les bus le soir sur les lignes les plus exposées")
                .lead("TCL").with("ASSO-TRANSPORTS", "MAIRE-VAULX", "MAIRE-VENISSIEUX")
                .from("2000-09-01", "2003-12-31").budget(2_100_000, "FRF", "SYTRAL", "Emplois-jeunes")
                .indicator("TCL-AGENTS-AGR", "Agressions contre les agents (lignes concernées) (douze mois glissants)", "agressions", 142, 80,
                           "Service sûreté de la SLTC"))
         .action("2000-06-06", ActionSheet.of("TCL-METRO", "Vidéoprotection des stations de métro", "PREVENTION_SITUATIONNELLE")
                .objective("Relier les caméras des stations au poste central de sûreté")
                .lead("SYTRAL").with("TCL")
                .from("2000-09-01", "2002-03-31").budget(9_000_000, "FRF", "SYTRAL", "Région Rhône-Alpes")
                .indicator("TCL-METRO-ST", "Stations équipées", "stations", 12, 39, "SYTRAL"))
         .action("2000-06-06", ActionSheet.of("TCL-SCOLAIRES", "Sécurité des transports scolaires", "TRANSPORTS")
                .objective("Présence d'adultes dans les bus scolaires et rappel des règles dans les collèges")
                .lead("TCL").with("MAIRE-VAULX", "MAIRE-BRON")
                .from("2000-09-01", "2003-06-30").budget(350_000, "FRF", "SYTRAL")
                .indicator("TCL-SCO-INC", "Incidents dans les bus scolaires (douze mois glissants)", "incidents", 230, 120, "Service sûreté de la SLTC"));
        c.signed("2000-09-12", sig("PREFET", "Le préfet du Rhône"),
                 sig("PROCUREUR", "Le procureur de la République de Lyon"),
                 sig("MAIRE-LYON", "Le maire de Lyon", "Ville de Lyon"),
                 sig("MAIRE-VILLEURBANNE", "Le maire de Villeurbanne", "Ville de Villeurbanne"),
                 sig("MAIRE-VENISSIEUX", "Le maire de Vénissieux", "Ville de Vénissieux"),
                 sig("MAIRE-VAULX", "Le maire de Vaulx-en-Velin", "Ville de Vaulx-en-Velin"),
                 sig("MAIRE-BRON", "Le maire de Bron", "Ville de Bron"),
                 sig("TCL", "Le directeur général de la SLTC"),
                 sig("SYTRAL", "Le président du SYTRAL"))
         .because("Signature au siège du SYTRAL")
         .communication("2000-10-02", "Campagne d'affichage", "Voyageurs du réseau TCL",
                        "Affiches « Ensemble pour la sécurité sur le réseau » dans les stations et les bus")
         .report("2000-12-31", "TCL-AGENTS", "IN_PROGRESS", "Trente agents sur six lignes", m("TCL-AGENTS-AGR", 131))
         .report("2000-12-31", "TCL-METRO", "IN_PROGRESS", null, m("TCL-METRO-ST", 16))
         .report("2000-12-31", "TCL-SCOLAIRES", "IN_PROGRESS", null, m("TCL-SCO-INC", 214))
         .action("2001-01-15", ActionSheet.of("TCL-TRAM", "Prévention sur les lignes de tramway T1 et T2", "TRANSPORTS")
                .objective("Équipes de prévention aux stations des nouvelles lignes de tramway")
                .lead("TCL").with("ASSO-TRANSPORTS")
                .from("2001-01-15", "2003-12-31").budget(600_000, "FRF", "SYTRAL")
                .indicator("TCL-TRAM-INC", "Incidents signalés sur le tramway (douze mois glissants)", "incidents", 0, 100, "Service sûreté de la SLTC"))
         .assessed("2001-02-27", 2000, "Trente agents d'ambiance en place ; seize stations équipées de caméras.",
                   "Agressions d'agents en baisse de 8 % sur les lignes accompagnées.",
                   "Contrat signé en septembre ; premier comité de pilotage prévu en mars.", "Non mesuré.")
         .committee(held("2001-03-20", "TCL-COPIL-2001-03").chairedByPrefet("Préfet du Rhône")
                .partners("TCL", "SYTRAL", "MAIRE-LYON", "MAIRE-VAULX", "PROCUREUR")
                .reviewed("TCL-AGENTS", "TCL-METRO", "TCL-SCOLAIRES", "TCL-TRAM")
                .decided("Tableau de bord mensuel des atteintes par ligne")
                .next("2001-10-09"))
         .report("2001-06-30", "TCL-AGENTS", null, null, m("TCL-AGENTS-AGR", 118))
         .report("2001-06-30", "TCL-METRO", null, null, m("TCL-METRO-ST", 24))
         .report("2001-06-30", "TCL-TRAM", "IN_PROGRESS", null, m("TCL-TRAM-INC", 41))
         .committee(held("2001-10-09", "TCL-COPIL-2001-10").chairedByPrefet("Préfet du Rhône")
                .partners("TCL", "SYTRAL", "SNCF", "MAIRE-VILLEURBANNE", "ASSO-TRANSPORTS")
                .reviewed("TCL-AGENTS", "TCL-METRO", "TCL-TRAM")
                .decided("Associer un bailleur social pour les arrêts situés au pied des immeubles (à rechercher)"))
         .report("2001-12-31", "TCL-AGENTS", null, null, m("TCL-AGENTS-AGR", 104))
         .report("2001-12-31", "TCL-SCOLAIRES", null, null, m("TCL-SCO-INC", 188))
         .report("2001-12-31", "TCL-TRAM", null, null, m("TCL-TRAM-INC", 77))
         .assessed("2002-02-19", 2001, """
                        104 agressions d'agents contre 142 en 1999 ; 24 stations équipées ; incidents dans les bus
                        scolaires en baisse de 18 %.""",
                   "Amélioration nette sur les lignes accompagnées ; report des incidents sur le tramway.",
                   "Deux comités de pilotage ; tableau de bord mensuel par ligne.",
                   "Les conducteurs exercent moins souvent leur droit de retrait.",
                   "Faire entrer un bailleur social au contrat")
         .diagnostic(Diagnostic.adopted("2002-03-26")
                .delinquency("1 270 atteintes sur le réseau en 2001 (-14 %) ; le tramway, ouvert en 2001, représente 8 % des faits.",
                        figure(null, "Atteintes sur le réseau TCL", "2001", 1_270, "Service sûreté de la SLTC"))
                .perception("Sentiment de sécurité en hausse dans le métro.", "Enquête voyageurs SYTRAL (février 2002)")
                .responses("La vidéoprotection du métro est presque achevée ; la médiation doit suivre le tramway."))
         .because("Actualisation annuelle")
         .report("2002-03-31", "TCL-METRO", "COMPLETED", "Trente-neuf stations reliées au poste central", m("TCL-METRO-ST", 39))
         .committee(held("2002-04-16", "TCL-COPIL-2002-04").chairedByPrefet("Préfet du Rhône")
                .partners("TCL", "SYTRAL", "MAIRE-LYON", "MAIRE-BRON", "DDSP69")
                .reviewed("TCL-AGENTS", "TCL-SCOLAIRES", "TCL-TRAM")
                .decided("Étendre les agents d'ambiance au tramway"))
         .report("2002-06-30", "TCL-AGENTS", null, null, m("TCL-AGENTS-AGR", 97))
         .report("2002-06-30", "TCL-TRAM", null, null, m("TCL-TRAM-INC", 64))
         .report("2002-09-30", "TCL-TRAM", null, null, m("TCL-TRAM-INC", 58))
         .committee(held("2002-10-08", "TCL-COPIL-2002-10").chairedByPrefet("Préfet du Rhône")
                .partners("TCL", "SYTRAL", "SNCF", "MAIRE-VENISSIEUX", "PROCUREUR", "ASSO-TRANSPORTS")
                .reviewed("TCL-AGENTS", "TCL-SCOLAIRES", "TCL-TRAM")
                .decided("Aucun bailleur social n'a encore rejoint le contrat")
                .next("2003-04-08"))
         .report("2002-10-31", "TCL-AGENTS", null, null, m("TCL-AGENTS-AGR", 91))
         .report("2002-11-15", "TCL-SCOLAIRES", null, null, m("TCL-SCO-INC", 152));
    }
}
