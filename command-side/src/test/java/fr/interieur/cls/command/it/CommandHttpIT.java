package fr.interieur.cls.command.it;

import fr.interieur.cls.testsupport.ContractScenario;
import fr.interieur.cls.testsupport.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP contract of api.md: versions and ETags, If-Match, idempotency keys, and a problem for every error. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommandHttpIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private long events(String aggregate) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                                   Long.class, aggregate);
    }

    private static void problem(Http.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
        assertThat(response.json().path("type").asText()).startsWith("urn:cls:");
        assertThat(response.json().path("title").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at fr.");
    }

    @Test
    void aCreationAnswers201WithIdVersionPositionETagAndLocation() {
        ContractScenario s = new ContractScenario(port).district();
        Http.Response created = s.http.post("/contracts", """
                {"title": "CLS de Vénissieux", "departement": "69", "scope": "COMMUNE",
                 "communes": [{"code": "69259", "name": "Vénissieux", "population": 56487}],
                 "districtIds": ["%s"], "populationCovered": 56487}""".formatted(s.district));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(id).startsWith("CLS-69-");
        assertThat(created.json().path("version").asLong()).isEqualTo(1);
        assertThat(created.json().path("position").asLong()).isPositive();
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.header("Location")).endsWith("/api/v1/contracts/" + id);
        // the next command lands after it, at version 2
        Http.Response next = s.http.post("/contracts/" + id + "/partners", """
                {"partnerId": "PREFET", "name": "Préfet du Rhône", "category": "PREFET"}""");
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.json().path("version").asLong()).isEqualTo(2);
        assertThat(next.json().path("position").asLong()).isGreaterThan(created.json().path("position").asLong());
    }

    @Test
    void aStaleIfMatchIs412AndAppendsNothing() {
        ContractScenario s = new ContractScenario(port).district().draft();
        long before = events(s.contract);
        Http.Response stale = s.http.header("If-Match", "\"7\"").post("/contracts/" + s.contract + "/partners", """
                {"partnerId": "PREFET", "name": "Préfet du Rhône", "category": "PREFET"}""");
        problem(stale, 412);
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(1);
        assertThat(events(s.contract)).isEqualTo(before);

        Http.Response current = s.http.header("If-Match", "\"1\"").post("/contracts/" + s.contract + "/partners", """
                {"partnerId": "PREFET", "name": "Préfet du Rhône", "category": "PREFET"}""");
        assertThat(current.status()).isEqualTo(200);
        assertThat(s.http.header("If-Match", "W/\"2\"").post("/contracts/" + s.contract + "/partners", """
                {"partnerId": "PROC", "name": "Procureur", "category": "PROCUREUR"}""").status()).isEqualTo(200);
        problem(s.http.header("If-Match", "version three").post("/contracts/" + s.contract + "/partners", """
                {"partnerId": "X", "name": "X", "category": "AUTRE"}"""), 400);
    }

    @Test
    void theSameIdempotencyKeyAndBodyReplaysTheFirstAnswerAndAppendsNothing() {
        ContractScenario s = new ContractScenario(port).district().draft();
        Http keyed = s.http.header("Idempotency-Key", "add-prefet-" + s.suffix);
        String body = """
                {"partnerId": "PREFET", "name": "Préfet du Rhône", "category": "PREFET"}""";
        Http.Response first = keyed.post("/contracts/" + s.contract + "/partners", body);
        assertThat(first.status()).isEqualTo(200);
        long after = events(s.contract);

        String sameJsonOtherSpelling = """
                { "category" : "PREFET",   "name": "Préfet du Rhône", "partnerId": "PREFET" }""";
        Http.Response replay = keyed.post("/contracts/" + s.contract + "/partners", sameJsonOtherSpelling);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(events(s.contract)).isEqualTo(after);

        Http.Response otherBody = keyed.post("/contracts/" + s.contract + "/partners", """
                {"partnerId": "PROC", "name": "Procureur", "category": "PROCUREUR"}""");
        problem(otherBody, 422);
        assertThat(otherBody.json().path("rule").asText()).isEqualTo("idempotency.key-reused");
        assertThat(events(s.contract)).isEqualTo(after);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM command.idempotency_key WHERE idempotency_key = ?",
                                       Long.class, "add-prefet-" + s.suffix)).isEqualTo(1);
    }

    @Test
    void unknownAggregatesAndPartsAre404() {
        ContractScenario s = new ContractScenario(port).district().draft();
        problem(s.http.post("/contracts/CLS-69-NOWHERE/partners", """
                {"partnerId": "PREFET", "name": "Préfet", "category": "PREFET"}"""), 404);
        problem(s.http.post("/districts/CSP-NOWHERE/sectors", """
                {"sectorId": "S", "name": "S", "population": 1}"""), 404);
        Http.Response partner = s.http.delete("/contracts/" + s.contract + "/partners/NOBODY");
        problem(partner, 404);
        assertThat(partner.json().path("rule").asText()).isEqualTo("contract.partner.unknown");
        problem(s.http.post("/contracts/" + s.contract + "/actions/NOACTION/progress", """
                {"note": "?"}"""), 404);
        problem(s.http.post("/contracts/not%20an%20id/partners", "{}"), 404);
        problem(s.http.get("/nothing-here"), 404);
    }

    @Test
    void invalidFieldsAre422WithTheFieldList() {
        ContractScenario s = new ContractScenario(port).district();
        Http.Response missing = s.http.post("/contracts", """
                {"departement": "69", "scope": "COMMUNE", "communes": [], "populationCovered": -3}""");
        problem(missing, 422);
        assertThat(missing.json().path("errors").findValuesAsText("field"))
                .contains("title", "communes", "populationCovered");

        Http.Response badCode = s.http.post("/contracts", """
                {"title": "T", "departement": "69", "scope": "COMMUNE", "populationCovered": 1,
                 "communes": [{"code": "6912", "name": "Lyon", "population": 1}]}""");
        problem(badCode, 422);
        assertThat(badCode.json().path("errors").get(0).path("field").asText()).isEqualTo("communes[0].code");

        Http.Response badEnum = s.http.post("/contracts", """
                {"title": "T", "departement": "69", "scope": "VILLAGE", "populationCovered": 1,
                 "communes": [{"code": "69123", "name": "Lyon", "population": 1}]}""");
        problem(badEnum, 422);
        assertThat(badEnum.json().path("errors").get(0).path("field").asText()).isEqualTo("scope");

        Http.Response badDate = s.http.post("/districts/" + s.district + "/proximity-policing", """
                {"wave": "1", "startedOn": "2000-02-30"}""");
        problem(badDate, 422);
        assertThat(badDate.json().path("errors").get(0).path("field").asText()).isEqualTo("startedOn");

        Http.Response badDepartement = s.http.post("/contracts", """
                {"title": "T", "departement": "20", "scope": "COMMUNE", "populationCovered": 1,
                 "communes": [{"code": "69123", "name": "Lyon", "population": 1}]}""");
        problem(badDepartement, 422);
        assertThat(badDepartement.json().path("errors").get(0).path("field").asText()).isEqualTo("departement");

        s.draft();
        Http.Response future = s.http.post("/contracts/" + s.contract + "/communications", """
                {"heldOn": "2999-01-01", "channel": "Presse", "audience": "Habitants", "summary": "Pas encore"}""");
        problem(future, 422);
        assertThat(future.json().path("rule").asText()).isEqualTo("date.in-future");
        assertThat(future.json().path("errors").get(0).path("field").asText()).isEqualTo("heldOn");
    }

    @Test
    void malformedRequestsAre4xxProblems() {
        ContractScenario s = new ContractScenario(port).district();
        problem(s.http.post("/contracts", "{\"title\": "), 400);
        problem(s.http.post("/contracts", "[1, 2"), 400);
        problem(s.http.post("/contracts", ""), 400);
        problem(s.http.header("Content-Type", "text/plain").post("/contracts", "hello"), 415);
        problem(s.http.send("PATCH", "/contracts", "{}"), 405);
        problem(s.http.post("/contracts", "[" .repeat(500) + "]".repeat(500)), 400);
        problem(s.http.post("/contracts", "{\"title\": \"" + "x".repeat(1_100_000) + "\"}"), 413);
        problem(s.http.header("Idempotency-Key", "k".repeat(201)).post("/districts/" + s.district + "/sectors", """
                {"sectorId": "S", "name": "S", "population": 1}"""), 400);
    }

    @Test
    void aRuleRefusalIs409WithItsRuleCode() {
        ContractScenario s = new ContractScenario(port).district().draft().partners();
        Http.Response refused = s.sign("1999-01-15");
        problem(refused, 409);
        assertThat(refused.json().path("rule").asText()).isEqualTo("contract.signature.incomplete-diagnostic");
        assertThat(refused.json().path("type").asText()).isEqualTo("urn:cls:rule:contract.signature.incomplete-diagnostic");
    }
}
