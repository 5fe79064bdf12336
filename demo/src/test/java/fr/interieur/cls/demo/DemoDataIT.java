package fr.interieur.cls.demo;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.cls.testsupport.Http;
import fr.interieur.cls.testsupport.ServiceProcess;
import fr.interieur.cls.testsupport.TestDatabase;
import fr.interieur.cls.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The demo data set loaded through the real command API into both services run as processes on this run's
 * database, twice; then read back as the ministry reads it.
 */
class DemoDataIT {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final List<String> JVM = List.of("-Xmx384m", "-XX:+UseSerialGC");
    /** The day the demo is looked at; the services read it once they support CLS_TODAY (see demo/pom.xml). */
    static final String TODAY = "2002-12-31";

    static ServiceProcess commands;
    static ServiceProcess queries;
    static DemoLoader.Summary first;
    static DemoLoader.Summary second;
    static long[] eventsAfterFirst;
    static long[] eventsAfterSecond;
    static String firstOutput;

    @BeforeAll
    static void loadTwice() throws SQLException {
        Map<String, String> environment = new HashMap<>(ServiceProcess.testEnvironment());
        environment.put("CLS_TODAY", TODAY);
        commands = ServiceProcess.start(ROOT, "command-side", environment, JVM);
        queries = ServiceProcess.start(ROOT, "query-side", environment, JVM);
        DemoLoader.Options options = new DemoLoader.Options(commands.baseUrl(), queries.baseUrl(), TestTokens.secret());

        ByteArrayOutputStream output = new ByteArrayOutputStream();
        first = DemoLoader.load(options, new PrintStream(output, true, StandardCharsets.UTF_8));
        firstOutput = output.toString(StandardCharsets.UTF_8);
        eventsAfterFirst = events();
        second = DemoLoader.load(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        eventsAfterSecond = events();
    }

    @AfterAll
    static void stop() {
        if (queries != null) {
            queries.close();
        }
        if (commands != null) {
            commands.close();
        }
    }

    @Test
    void theWholeDataSetIsAcceptedAndASecondRunAppendsNothing() {
        assertThat(first.sent()).isGreaterThan(600);
        assertThat(first.contracts()).isEqualTo(18);
        assertThat(first.districts()).isEqualTo(17);
        assertThat(first.replayed()).hasValue(0);
        assertThat(firstOutput).contains("Sent " + first.sent() + " commands: " + first.sent() + " appended");
        // every command of the data set records exactly one event
        assertThat(eventsAfterFirst).containsExactly(first.sent(), first.lastPosition());

        assertThat(second.sent()).isEqualTo(first.sent());
        assertThat(second.replayed()).hasValue(second.sent());
        assertThat(second.lastPosition()).isEqualTo(first.lastPosition());
        assertThat(eventsAfterSecond).containsExactly(eventsAfterFirst);
    }

    @Test
    void eachDepartementListsItsContractsByStatus() {
        Map<String, List<String>> expected = new TreeMap<>();
        expected.put("13 ENDED", List.of("CLS-13-AUBAGNE"));
        expected.put("13 IN_PREPARATION", List.of("CLS-13-VITROLLES"));
        expected.put("13 SIGNED", List.of("CLS-13-AIX", "CLS-13-MARSEILLE", "CLS-13-MARSEILLE-NORD"));
        expected.put("69 ENDED", List.of("CLS-69-BRON-1999", "CLS-69-LYON-1998"));
        expected.put("69 IN_PREPARATION", List.of("CLS-69-BRON"));
        expected.put("69 SIGNED", List.of("CLS-69-LYON", "CLS-69-TCL", "CLS-69-VAULX-EN-VELIN",
                                          "CLS-69-VENISSIEUX-SAINT-FONS"));
        expected.put("93 ENDED", List.of("CLS-93-MONTREUIL-1999"));
        expected.put("93 IN_PREPARATION", List.of("CLS-93-BOBIGNY", "CLS-93-MONTREUIL"));
        expected.put("93 SIGNED", List.of("CLS-93-AUBERVILLIERS-LA-COURNEUVE", "CLS-93-CLICHY-MONTFERMEIL",
                                          "CLS-93-SAINT-DENIS"));
        Map<String, List<String>> listed = new TreeMap<>();
        for (String departement : List.of("69", "93", "13")) {
            for (String status : List.of("SIGNED", "IN_PREPARATION", "ENDED")) {
                JsonNode page = ok(ministry().get("/contracts?departement=" + departement + "&status=" + status
                                                  + "&limit=100&minPosition=" + first.lastPosition()));
                List<String> ids = new ArrayList<>(page.path("items").findValuesAsText("id"));
                ids.sort(String::compareTo);
                listed.put(departement + " " + status, ids);
            }
        }
        assertThat(listed).isEqualTo(expected);

        assertThat(contract("CLS-69-LYON-1998").path("end").path("reason").asText()).isEqualTo("SUPERSEDED");
        assertThat(contract("CLS-69-LYON-1998").path("end").path("supersededBy").asText()).isEqualTo("CLS-69-LYON");
        assertThat(contract("CLS-69-BRON-1999").path("end").path("reason").asText()).isEqualTo("DENOUNCED");
        assertThat(contract("CLS-93-MONTREUIL-1999").path("end").path("reason").asText()).isEqualTo("EXPIRED");
    }

    @Test
    void contractsCarryTheirHistory() {
        JsonNode lyon = contract("CLS-69-LYON");
        assertThat(lyon.path("diagnostic").path("version").asInt()).isEqualTo(3);
        assertThat(lyon.path("amendments")).hasSize(1);
        assertThat(lyon.path("assessments").findValuesAsText("year")).contains("2001");
        JsonNode mediation = null;
        for (JsonNode action : lyon.path("actions")) {
            if (action.path("actionId").asText().equals("LYON-MEDIATION")) {
                mediation = action;
            }
        }
        assertThat(mediation).isNotNull();
        assertThat(mediation.path("indicators").get(0).path("measurements").size()).isGreaterThanOrEqualTo(5);

        JsonNode timeline = ok(Http.at(queries.baseUrl() + "/api/v1").token(TestTokens.role("INSPECTION"))
                                   .get("/contracts/CLS-69-LYON/timeline?limit=500&minPosition=" + first.lastPosition()));
        assertThat(timeline.path("items").findValuesAsText("actorName"))
                .contains("Bureau de la sécurité intérieure, préfecture du Rhône", "Cabinet du préfet du Rhône",
                          "Mission politique de la ville, préfecture du Rhône");
        assertThat(timeline.path("items").findValuesAsText("reason"))
                .contains("Rectificatif : chiffres de l'état 4001 consolidés par la DDSP");

        assertThat(contract("CLS-13-AIX").path("followUp").path("council").asText())
                .startsWith("Conseil local de sécurité et de prévention de la délinquance");
    }

    @Test
    void leRaincyIsTheSectorNoLiveContractCovers() {
        JsonNode status = ok(ministry().get("/sector-status?departement=93&minPosition=" + first.lastPosition()));
        JsonNode raincy = null;
        for (JsonNode district : status.path("districts")) {
            if (district.path("districtId").asText().equals("CSP-93-LE-RAINCY")) {
                raincy = district;
            } else {
                assertThat(district.path("fullyCovered").asBoolean()).as(district.path("districtId").asText()).isTrue();
            }
        }
        assertThat(raincy).isNotNull();
        assertThat(raincy.path("fullyCovered").asBoolean()).isFalse();
        assertThat(raincy.path("flags").toString()).contains("sectors-not-covered");
        List<String> uncovered = new ArrayList<>();
        raincy.path("sectors").forEach(sector -> {
            if (!sector.path("covered").asBoolean()) {
                uncovered.add(sector.path("sectorId").asText());
            }
        });
        assertThat(uncovered).containsExactly("LE-RAINCY");
    }

    @Test
    void theNationalDashboardCountsTheContractsOfTheDataSet() {
        JsonNode national = ok(ministry().get("/dashboard/national?minPosition=" + first.lastPosition()));
        assertThat(national.path("contracts").path("signed").asLong()).isEqualTo(10);
        assertThat(national.path("contracts").path("inPreparation").asLong()).isEqualTo(4);
        assertThat(national.path("contracts").path("ended").asLong()).isEqualTo(4);
        assertThat(national.path("districtsWithProximityPolicingNotFullyCovered").path("count").asLong()).isEqualTo(1);
        assertThat(national.path("districtsWithProximityPolicingNotFullyCovered").path("districts").get(0)
                           .path("districtId").asText()).isEqualTo("CSP-93-LE-RAINCY");
        Map<String, long[]> lines = new TreeMap<>();
        national.path("departements").forEach(line -> lines.put(line.path("code").asText(), new long[] {
                line.path("signed").asLong(), line.path("inPreparation").asLong(), line.path("ended").asLong()}));
        assertThat(lines).containsOnlyKeys("13", "69", "93");
        assertThat(lines.get("69")).containsExactly(4, 1, 2);
        assertThat(lines.get("93")).containsExactly(3, 2, 1);
        assertThat(lines.get("13")).containsExactly(3, 1, 1);
        // contracts record the population they cover; the TCL network counts no residents
        assertThat(national.path("populationCovered").path("signed").asLong())
                .isEqualTo(445_452 + 71_847 + 39_154 + 85_832 + 98_446 + 54_097 + 798_430 + 244_000 + 134_222);
    }

    /** What the dashboard shows on the last day of 2002: every flag, and clean contracts beside them. */
    @Test
    void asOfTheLastDayOf2002EveryFlagIsRaisedWhereTheReadmeSays() {
        Map<String, List<String>> expected = new TreeMap<>();
        expected.put("CLS-13-AIX", List.of());
        expected.put("CLS-13-MARSEILLE", List.of("diagnostic-stale", "committee-overdue", "assessment-missing",
                                                 "measurements-stale"));
        expected.put("CLS-13-MARSEILLE-NORD", List.of());
        expected.put("CLS-13-VITROLLES", List.of("diagnostic-missing"));
        expected.put("CLS-69-BRON", List.of("partners-missing"));
        expected.put("CLS-69-LYON", List.of());
        expected.put("CLS-69-TCL", List.of("partners-missing"));
        expected.put("CLS-69-VAULX-EN-VELIN", List.of("diagnostic-stale", "diagnostic-before-proximity-policing",
                                                      "action-not-declined-by-sector"));
        expected.put("CLS-69-VENISSIEUX-SAINT-FONS", List.of("measurements-stale"));
        expected.put("CLS-93-AUBERVILLIERS-LA-COURNEUVE", List.of("assessment-missing"));
        expected.put("CLS-93-BOBIGNY", List.of("diagnostic-stale"));
        expected.put("CLS-93-CLICHY-MONTFERMEIL", List.of());
        expected.put("CLS-93-MONTREUIL", List.of());
        expected.put("CLS-93-SAINT-DENIS", List.of("committee-overdue"));
        expected.put("CLS-13-AUBAGNE", List.of());
        expected.put("CLS-69-BRON-1999", List.of());
        expected.put("CLS-69-LYON-1998", List.of());
        expected.put("CLS-93-MONTREUIL-1999", List.of());

        JsonNode national = ok(ministry().get("/dashboard/national?minPosition=" + first.lastPosition()));
        assertThat(national.path("asOf").asText()).isEqualTo(TODAY);
        Map<String, List<String>> flags = new TreeMap<>();
        ok(ministry().get("/contracts?limit=100&minPosition=" + first.lastPosition())).path("items").forEach(
                contract -> {
                    List<String> codes = new ArrayList<>();
                    contract.path("flags").forEach(flag -> codes.add(flag.asText()));
                    flags.put(contract.path("id").asText(), codes);
                });
        assertThat(flags).isEqualTo(expected);
        Map<String, Long> counts = new TreeMap<>();
        national.path("flags").properties().forEach(flag -> counts.put(flag.getKey(), flag.getValue().asLong()));
        assertThat(counts).containsOnly(entry("diagnostic-missing", 1L), entry("diagnostic-stale", 3L),
                                        entry("diagnostic-before-proximity-policing", 1L),
                                        entry("committee-overdue", 2L), entry("assessment-missing", 2L),
                                        entry("measurements-stale", 2L), entry("action-not-declined-by-sector", 1L),
                                        entry("partners-missing", 2L), entry("sectors-not-covered", 1L));
    }

    private static Http ministry() {
        return Http.at(queries.baseUrl() + "/api/v1").token(TestTokens.role("MINISTRY"));
    }

    private static JsonNode contract(String id) {
        return ok(ministry().get("/contracts/" + id + "?minPosition=" + first.lastPosition()));
    }

    private static JsonNode ok(Http.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** How many events the store holds, and the position of the last one. */
    private static long[] events() throws SQLException {
        try (Connection connection = TestDatabase.get().connect();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*), coalesce(max(global_index), 0) FROM domain_event_entry")) {
            row.next();
            return new long[] {row.getLong(1), row.getLong(2)};
        }
    }
}
