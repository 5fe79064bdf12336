package fr.interieur.cls.system;

import fr.interieur.cls.testsupport.Http;
import fr.interieur.cls.testsupport.TestTokens;

import java.util.List;
import java.util.UUID;

/**
 * What the dashboard page's tests look at, recorded through the command API as préfectures would (so with a
 * true history: actors, reasons, hash chain): in the Rhône, a police district with community policing and two
 * sectors, a quartier contract signed for one of them (the other is left uncovered), with partners, a diagnostic
 * more than a year old, an action with four measurements, a committee meeting in January 2002 (overdue at the
 * end of 2002), a communication, a review meeting and the 2001 assessment; a commune contract still in
 * preparation, without diagnostic; in the Bouches-du-Rhône, a district and a contract of its own, which the
 * Rhône's préfecture must not read. Ids carry a suffix of their own: other tests share the database.
 */
final class PageData {

    final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    final String district = "CSP-69-LYON-" + suffix;
    final String districtName = "CSP de Lyon " + suffix;
    final String coveredSector = "LYON-DUCHERE-" + suffix;
    final String uncoveredSector = "LYON-MERMOZ-" + suffix;
    final String uncoveredSectorName = "Lyon 8e — Mermoz " + suffix;
    final String contract = "CLS-69-LYON-" + suffix;
    final String contractTitle = "Contrat local de sécurité de Lyon — La Duchère " + suffix;
    final String draft = "CLS-69-VENISSIEUX-" + suffix;
    final String draftTitle = "Contrat local de sécurité de Vénissieux " + suffix;
    final String marseille = "CLS-13-MARSEILLE-" + suffix;
    final String marseilleTitle = "Contrat local de sécurité de Marseille " + suffix;
    /** The global position of the last event recorded: reads wait for it. */
    long position;

    private final Http rhone;
    private final Http bouchesDuRhone;

    PageData(String commandSide) {
        Http api = Http.at(commandSide + "/api/v1");
        this.rhone = api.token(TestTokens.token("agent-pref-69", "Bureau de la sécurité, préfecture du Rhône",
                                                List.of("PREFECTURE"), List.of("69")));
        this.bouchesDuRhone = api.token(TestTokens.token("agent-pref-13", "Cabinet du préfet des Bouches-du-Rhône",
                                                         List.of("PREFECTURE"), List.of("13")));
    }

    PageData load() {
        lyon();
        venissieux();
        marseille();
        return this;
    }

    private void lyon() {
        ok(rhone.post("/districts", """
                {"districtId": "%s", "name": "%s", "departement": "69", "population": 445452,
                 "communes": [{"code": "69123", "name": "Lyon", "population": 445452}]}"""
                .formatted(district, districtName)));
        ok(rhone.post("/districts/" + district + "/sectors", """
                {"sectorId": "%s", "name": "Lyon 9e — La Duchère %s", "quartiers": ["La Duchère", "Balmont"],
                 "population": 11823}""".formatted(coveredSector, suffix)));
        ok(rhone.post("/districts/" + district + "/sectors", """
                {"sectorId": "%s", "name": "%s", "quartiers": ["Mermoz Nord", "Mermoz Sud"], "population": 9410}"""
                .formatted(uncoveredSector, uncoveredSectorName)));
        ok(rhone.post("/districts/" + district + "/proximity-policing", """
                {"wave": "1", "startedOn": "2000-06-01"}"""));
        ok(rhone.post("/contracts", """
                {"contractId": "%s", "title": "%s", "departement": "69", "scope": "QUARTIER",
                 "communes": [{"code": "69123", "name": "Lyon", "population": 445452}], "districtIds": ["%s"],
                 "sectorIds": ["%s"], "populationCovered": 11823}"""
                .formatted(contract, contractTitle, district, coveredSector)));
        String c = "/contracts/" + contract;
        partner(rhone, c, "PREFET", "Préfet du Rhône", "PREFET", null);
        partner(rhone, c, "PROCUREUR", "Procureur de la République près le TGI de Lyon", "PROCUREUR", null);
        partner(rhone, c, "MAIRE", "Maire de Lyon", "MAIRE", "69123");
        partner(rhone, c, "RECTEUR", "Recteur de l'académie de Lyon", "RECTEUR", null);
        partner(rhone, c, "OPAC", "OPAC du Rhône", "BAILLEUR_SOCIAL", null);
        // markup in the data must come out as text on the page
        partner(rhone, c, "ALTM", "Association <b>lyonnaise</b> de médiation", "ASSOCIATION", null);
        ok(rhone.put(c + "/diagnostic", """
                {"adoptedOn": "2001-03-10",
                 "delinquency": {"summary": "Vols à la roue et dégradations en hausse à la Duchère",
                   "figures": [{"index": "107", "label": "Faits constatés", "period": "2000", "value": 6120,
                                "source": "état 4001"}]},
                 "perception": {"summary": "Sentiment d'insécurité le soir autour des arrêts de bus",
                   "surveys": ["Enquête habitants février 2001"]},
                 "responses": {"summary": "Îlotage à renforcer, médiation à créer"},
                 "sectorFindings": [{"sectorId": "%s", "findings": "Rassemblements dans les halls"}]}"""
                .formatted(coveredSector)));
        ok(rhone.post(c + "/actions", """
                {"actionId": "NUIT", "title": "Correspondants de nuit", "theme": "MEDIATION",
                 "objective": "Apaiser les conflits de voisinage en soirée", "leadPartnerId": "OPAC",
                 "partnerIds": ["ALTM"], "sectorIds": ["%s"], "startOn": "2001-04-01", "endOn": "2003-12-31",
                 "budget": {"amount": 152449.02, "currency": "FRF", "fundingLines": ["Fonds interministériel pour la ville"]},
                 "indicators": [{"indicatorId": "INTERVENTIONS", "name": "Interventions de nuit",
                                 "unit": "interventions", "baseline": 0, "target": 400, "source": "OPAC du Rhône"}]}"""
                .formatted(coveredSector)));
        ok(rhone.header("X-Reason", "Signature en mairie").post(c + "/signature", """
                {"signedOn": "2001-05-20", "signatures": [
                  {"partnerId": "PREFET", "signedBy": "Préfet du Rhône"},
                  {"partnerId": "PROCUREUR", "signedBy": "Procureur de la République"},
                  {"partnerId": "MAIRE", "signedBy": "Maire de Lyon"}]}"""));
        String[][] measurements = {{"2001-09-30", "85"}, {"2002-03-31", "190"}, {"2002-09-30", "260"},
                {"2002-12-15", "310"}};
        for (String[] measurement : measurements) {
            ok(rhone.post(c + "/actions/NUIT/progress", """
                    {"status": "IN_PROGRESS", "measurements": [{"indicatorId": "INTERVENTIONS", "value": %s,
                     "measuredOn": "%s"}]}""".formatted(measurement[1], measurement[0])));
        }
        ok(rhone.post(c + "/committee-meetings", """
                {"meetingId": "COPIL-2002-01", "heldOn": "2002-01-15",
                 "chair": {"name": "Préfet du Rhône", "office": "PREFET"}, "attendees": [{"partnerId": "MAIRE"},
                 {"name": "Commissaire central", "organisation": "DDSP du Rhône"}], "actionsReviewed": ["NUIT"],
                 "decisions": ["Étendre les correspondants à Mermoz"], "nextMeetingOn": "2002-06-15"}"""));
        ok(rhone.post(c + "/communications", """
                {"heldOn": "2002-02-05", "channel": "Réunion publique", "audience": "Habitants de la Duchère",
                 "summary": "Présentation du contrat"}"""));
        ok(rhone.post(c + "/review-meetings", """
                {"heldOn": "2002-04-02", "participants": ["DDSP", "Éducation nationale", "Bailleurs"],
                 "summary": "Bilan d'étape"}"""));
        ok(rhone.post(c + "/assessments", """
                {"year": 2001, "results": "Baisse de 12 % des incivilités signalées",
                 "impact": "Moins de dégradations à la Duchère", "followUpConditions": "Comité de pilotage réuni",
                 "perceptionChange": "Amélioration ressentie", "proposals": ["Pérenniser les correspondants de nuit"]}"""));
    }

    private void venissieux() {
        ok(rhone.post("/contracts", """
                {"contractId": "%s", "title": "%s", "departement": "69", "scope": "QUARTIER",
                 "communes": [{"code": "69259", "name": "Vénissieux", "population": 56487}], "districtIds": [],
                 "sectorIds": [], "populationCovered": 56487}""".formatted(draft, draftTitle)));
    }

    private void marseille() {
        String district13 = "CSP-13-MARSEILLE-" + suffix;
        ok(bouchesDuRhone.post("/districts", """
                {"districtId": "%s", "name": "CSP de Marseille", "departement": "13", "population": 798430,
                 "communes": [{"code": "13055", "name": "Marseille", "population": 798430}]}""".formatted(district13)));
        ok(bouchesDuRhone.post("/contracts", """
                {"contractId": "%s", "title": "%s", "departement": "13", "scope": "QUARTIER",
                 "communes": [{"code": "13055", "name": "Marseille", "population": 798430}], "districtIds": ["%s"],
                 "sectorIds": [], "populationCovered": 120000}""".formatted(marseille, marseilleTitle, district13)));
    }

    private void partner(Http http, String contract, String id, String name, String category, String commune) {
        ok(http.post(contract + "/partners", """
                {"partnerId": "%s", "name": "%s", "category": "%s"%s}"""
                .formatted(id, name, category, commune == null ? "" : ", \"communeCode\": \"" + commune + "\"")));
    }

    private Http.Response ok(Http.Response response) {
        if (response.status() < 200 || response.status() > 201) {
            throw new AssertionError("expected a success, got " + response);
        }
        position = Math.max(position, response.json().path("position").asLong());
        return response;
    }
}
