package fr.interieur.cls.testsupport;

import java.util.UUID;

/**
 * A Lyon contract as a préfecture builds it over HTTP, with ids of its own so that tests sharing a database
 * never meet: a police district with two sectors and community policing, then a contract ready to be signed.
 */
public final class ContractScenario {

    public final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    public final String district = "CSP-69-LYON-" + suffix;
    public final String sector1 = "LYON-DUCHERE-" + suffix;
    public final String sector2 = "LYON-MERMOZ-" + suffix;
    public final String contract = "CLS-69-LYON-" + suffix;
    public final Http http;

    public ContractScenario(int port) {
        this("http://localhost:" + port + "/api/v1");
    }

    public ContractScenario(String baseUrl) {
        this.http = Http.at(baseUrl).token(TestTokens.prefecture("69"));
    }

    /** The response, if it is a success; a test failure naming the response otherwise. */
    public Http.Response ok(Http.Response response) {
        if (response.status() < 200 || response.status() > 201) {
            throw new AssertionError("expected a success, got " + response);
        }
        return response;
    }

    public ContractScenario district() {
        ok(http.post("/districts", """
                {"districtId": "%s", "name": "CSP de Lyon", "departement": "69", "population": 445452,
                 "communes": [{"code": "69123", "name": "Lyon", "population": 445452}]}""".formatted(district)));
        ok(http.post("/districts/" + district + "/sectors", """
                {"sectorId": "%s", "name": "Lyon 9e - La Duchère", "quartiers": ["La Duchère", "Balmont"],
                 "population": 11823}""".formatted(sector1)));
        ok(http.post("/districts/" + district + "/sectors", """
                {"sectorId": "%s", "name": "Lyon 8e - Mermoz", "quartiers": ["Mermoz Nord", "Mermoz Sud"],
                 "population": 9410}""".formatted(sector2)));
        ok(http.post("/districts/" + district + "/proximity-policing", """
                {"wave": "1", "startedOn": "2000-06-01"}"""));
        return this;
    }

    /** A contract of its own commune-kind for a made-up "commune" so that rule 5 never meets another test. */
    public ContractScenario draft() {
        ok(http.post("/contracts", """
                {"contractId": "%s", "title": "Contrat local de sécurité de Lyon", "departement": "69",
                 "scope": "QUARTIER", "communes": [{"code": "69123", "name": "Lyon", "population": 445452}],
                 "districtIds": ["%s"], "sectorIds": ["%s", "%s"], "populationCovered": 21233}"""
                .formatted(contract, district, sector1, sector2)));
        return this;
    }

    public ContractScenario partners() {
        partner("PREFET", "Préfet du Rhône", "PREFET", null);
        partner("PROCUREUR", "Procureur de la République près le TGI de Lyon", "PROCUREUR", null);
        partner("MAIRE-LYON", "Maire de Lyon", "MAIRE", "69123");
        partner("RECTEUR", "Recteur de l'académie de Lyon", "RECTEUR", null);
        partner("OPAC", "OPAC du Rhône", "BAILLEUR_SOCIAL", null);
        return this;
    }

    public void partner(String id, String name, String category, String commune) {
        ok(http.post("/contracts/" + contract + "/partners", """
                {"partnerId": "%s", "name": "%s", "category": "%s"%s}"""
                .formatted(id, name, category, commune == null ? "" : ", \"communeCode\": \"" + commune + "\"")));
    }

    public ContractScenario diagnostic(String adoptedOn) {
        ok(http.put("/contracts/" + contract + "/diagnostic", """
                {"adoptedOn": "%s",
                 "delinquency": {"summary": "Hausse des vols avec violence dans les quartiers nord",
                   "figures": [{"index": "107", "label": "Faits constatés", "period": "1998", "value": 41234.0,
                                "source": "état 4001"}]},
                 "perception": {"summary": "Sentiment d'insécurité fort le soir", "surveys": ["Enquête habitants 1998"]},
                 "responses": {"summary": "Îlotage insuffisant, médiation naissante"},
                 "sectorFindings": [{"sectorId": "%s", "findings": "Rassemblements dans les halls"}]}"""
                .formatted(adoptedOn, sector1)));
        return this;
    }

    public ContractScenario action(String actionId) {
        ok(http.post("/contracts/" + contract + "/actions", """
                {"actionId": "%s", "title": "Correspondants de nuit", "theme": "MEDIATION",
                 "objective": "Apaiser les conflits de voisinage la nuit", "leadPartnerId": "OPAC",
                 "partnerIds": ["RECTEUR"], "sectorIds": ["%s"], "startOn": "1999-01-01", "endOn": "2001-12-31",
                 "budget": {"amount": 152449.02, "currency": "FRF", "fundingLines": ["FIV", "Ville"]},
                 "indicators": [{"indicatorId": "IND-%s", "name": "Interventions de nuit", "unit": "interventions",
                                 "baseline": 0, "target": 400, "source": "OPAC"}]}"""
                .formatted(actionId, sector1, actionId)));
        return this;
    }

    public Http.Response sign(String signedOn) {
        return http.post("/contracts/" + contract + "/signature", """
                {"signedOn": "%s", "signatures": [
                  {"partnerId": "PREFET", "signedBy": "Préfet du Rhône"},
                  {"partnerId": "PROCUREUR", "signedBy": "Procureur de la République"},
                  {"partnerId": "MAIRE-LYON", "signedBy": "Maire de Lyon", "onBehalfOf": "Ville de Lyon"}]}"""
                .formatted(signedOn));
    }

    /** District, contract, partners, diagnostic and one action: ready to sign. */
    public ContractScenario readyToSign() {
        return district().draft().partners().diagnostic("1998-11-20").action("A1");
    }
}
