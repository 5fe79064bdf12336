package fr.interieur.cls.command.security;

import fr.interieur.cls.testsupport.ContractScenario;
import fr.interieur.cls.testsupport.Http;
import fr.interieur.cls.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command endpoint for every kind of caller: only a préfecture acting in its own département gets past
 * security (its commands then succeed or meet the domain's rules, 409 for community policing deployed twice).
 * The matrix actually observed is written to target/security-matrix-command-side.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityMatrixIT {

    @LocalServerPort
    int port;

    private record Endpoint(String method, String path, String body) {
        String label() {
            return method + " " + path.replaceAll("CSP-69-LYON-\\w+|CLS-69-LYON-\\w+|LYON-\\w+-\\w+", "{id}");
        }
    }

    @Test
    void onlyAPrefectureOfTheDepartementGetsPastSecurity() throws IOException {
        ContractScenario s = new ContractScenario(port).readyToSign();
        String d = "/districts/" + s.district;
        String c = "/contracts/" + s.contract;
        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", "/districts", """
                        {"districtId": "CSP-69-MATRIX-%s", "name": "CSP", "departement": "69", "population": 1}""".formatted(s.suffix)),
                new Endpoint("POST", d + "/sectors", """
                        {"sectorId": "MATRIX-%s", "name": "Secteur", "population": 1}""".formatted(s.suffix)),
                new Endpoint("POST", d + "/proximity-policing", """
                        {"wave": "2", "startedOn": "2000-11-01"}"""),
                new Endpoint("POST", "/contracts", """
                        {"title": "CLS", "departement": "69", "scope": "TRANSPORT_NETWORK", "populationCovered": 1,
                         "communes": [{"code": "69266", "name": "Villeurbanne", "population": 1}]}"""),
                new Endpoint("POST", c + "/partners", """
                        {"partnerId": "CG69", "name": "Conseil général du Rhône", "category": "CONSEIL_GENERAL"}"""),
                new Endpoint("DELETE", c + "/partners/CG69", null),
                new Endpoint("PUT", c + "/diagnostic", """
                        {"adoptedOn": "1999-01-05", "delinquency": {"summary": "Délinquance"},
                         "perception": {"summary": "Sentiment d'insécurité"}, "responses": {"summary": "Réponses"}}"""),
                new Endpoint("POST", c + "/actions", """
                        {"actionId": "A2", "title": "Action", "theme": "CITOYENNETE", "leadPartnerId": "OPAC",
                         "startOn": "1999-01-01", "endOn": "1999-12-31",
                         "indicators": [{"indicatorId": "I", "name": "I", "unit": "u", "baseline": 1}]}"""),
                new Endpoint("POST", c + "/actions/A1/progress", """
                        {"note": "Point d'étape"}"""),
                new Endpoint("POST", c + "/signature", """
                        {"signedOn": "1999-01-15", "signatures": [{"partnerId": "PREFET", "signedBy": "Préfet"},
                         {"partnerId": "PROCUREUR", "signedBy": "Procureur"}, {"partnerId": "MAIRE-LYON", "signedBy": "Maire"}]}"""),
                new Endpoint("POST", c + "/chair-delegations", """
                        {"sousPrefet": "M. Roche", "from": "1999-02-01"}"""),
                new Endpoint("POST", c + "/committee-meetings", """
                        {"heldOn": "1999-03-01", "chair": {"name": "Préfet du Rhône", "office": "PREFET"}}"""),
                new Endpoint("POST", c + "/communications", """
                        {"heldOn": "1999-03-02", "channel": "Presse", "audience": "Habitants", "summary": "Article"}"""),
                new Endpoint("POST", c + "/review-meetings", """
                        {"heldOn": "1999-03-03", "participants": ["DDSP"], "summary": "Bilan"}"""),
                new Endpoint("POST", c + "/amendments", """
                        {"amendmentId": "AV1", "signedOn": "1999-04-01", "summary": "Avenant", "populationCovered": 2}"""),
                new Endpoint("POST", c + "/assessments", """
                        {"year": 1999, "results": "R", "impact": "I", "followUpConditions": "F"}"""),
                new Endpoint("POST", c + "/follow-up-transfers", """
                        {"council": "CLSPD de Lyon", "transferredOn": "2002-03-01"}"""),
                new Endpoint("POST", c + "/end", """
                        {"endedOn": "2002-06-30", "reason": "EXPIRED"}"""));

        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("no token", null);
        callers.put("MINISTRY", TestTokens.role("MINISTRY"));
        callers.put("INSPECTION", TestTokens.role("INSPECTION"));
        callers.put("AUDITOR", TestTokens.role("AUDITOR"));
        callers.put("ADMIN", TestTokens.role("ADMIN"));
        callers.put("PREFECTURE of 13", TestTokens.prefecture("13"));
        callers.put("PREFECTURE of 69", TestTokens.prefecture("69"));

        Http base = Http.at("http://localhost:" + port + "/api/v1");
        Map<String, Map<String, Integer>> observed = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> caller : callers.entrySet()) {
            Http http = caller.getValue() == null ? base : base.token(caller.getValue());
            for (Endpoint endpoint : endpoints) {
                int status = http.send(endpoint.method(), endpoint.path(), endpoint.body()).status();
                observed.computeIfAbsent(endpoint.label(), k -> new LinkedHashMap<>()).put(caller.getKey(), status);
                int expected = switch (caller.getKey()) {
                    case "no token" -> 401;
                    case "PREFECTURE of 69" -> 0;
                    default -> 403;
                };
                boolean ok = expected == 0 ? status != 401 && status != 403 && status < 500 : status == expected;
                if (!ok) {
                    failures.add(caller.getKey() + " " + endpoint.label() + " -> " + status);
                }
            }
        }
        write(observed, new ArrayList<>(callers.keySet()));
        assertThat(failures).isEmpty();
    }

    private static void write(Map<String, Map<String, Integer>> observed, List<String> callers) throws IOException {
        StringBuilder table = new StringBuilder("| command-side endpoint | " + String.join(" | ", callers) + " |\n|---|");
        callers.forEach(caller -> table.append("---|"));
        table.append('\n');
        observed.forEach((endpoint, row) -> {
            table.append("| ").append(endpoint).append(" |");
            callers.forEach(caller -> table.append(' ').append(row.get(caller)).append(" |"));
            table.append('\n');
        });
        Files.writeString(Path.of("target", "security-matrix-command-side.md"), table);
    }
}
