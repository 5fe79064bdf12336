package fr.interieur.cls.query.report;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.cls.events.DomainEvent;
import fr.interieur.cls.query.QuerySideApplication;
import fr.interieur.cls.query.testing.EventStoreWriter;
import fr.interieur.cls.testsupport.Http;
import fr.interieur.cls.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side started whole: the year 2000 of Haute-Corse ({@link ReportEvents}; 2B and 973 are no other
 * test's) appended to the event store as the command side would, projected by the running processors, and the
 * report read over HTTP in each of its forms, with the refusals.
 */
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportEndpointIT {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private static final ReportEvents EVENTS = new ReportEvents("2B", "973", SUFFIX);
    private static final String REPORT = "/api/v1/departements/2B/report?year=2000";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private long position;

    @BeforeAll
    void theYearInTheEventStore() {
        position = new EventStoreWriter(dataSource).append(EVENTS.all().toArray(DomainEvent[]::new));
    }

    private Http as(String token) {
        return Http.at("http://localhost:" + port).token(token);
    }

    private Http ministry() {
        return as(TestTokens.role("MINISTRY"));
    }

    /** A read that waits for the events appended; retried on 503, as api.md asks of clients. */
    private Http.Response read(Http http, String path) {
        String at = path + (path.contains("?") ? "&" : "?") + "minPosition=" + position;
        Http.Response response = http.get(at);
        for (int attempt = 0; response.status() == 503 && attempt < 10; attempt++) {
            response = http.get(at);
        }
        return response;
    }

    @Test
    void jsonByDefault() {
        Http.Response response = read(ministry(), REPORT);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.header("Vary")).contains("Accept");
        JsonNode report = response.json();
        assertThat(report.path("departement").asText()).isEqualTo("2B");
        assertThat(report.path("departementName").asText()).isEqualTo("Haute-Corse");
        assertThat(report.path("year").asInt()).isEqualTo(2000);
        assertThat(report.path("asOf").asText()).isEqualTo("2000-12-31");
        assertThat(report.path("yearOver").asBoolean()).isTrue();
        assertThat(report.path("contracts")).extracting(c -> c.path("contractId").asText()).containsExactly(
                EVENTS.transports.value(), EVENTS.bastia.value(), EVENTS.corte.value());
        JsonNode bastia = report.path("contracts").get(1);
        assertThat(bastia.path("title").asText()).isEqualTo(ReportEvents.HOSTILE_TITLE);
        assertThat(bastia.at("/results/completed/0/title").asText()).isEqualTo("Correspondants de nuit");
        assertThat(bastia.at("/results/completed/0/on").asText()).isEqualTo("2000-06-15");
        assertThat(bastia.at("/results/indicators/0/value").decimalValue()).isEqualByComparingTo("410");
        assertThat(bastia.at("/results/indicators/0/progress").decimalValue()).isEqualByComparingTo("1.025");
        assertThat(bastia.at("/impact/recorded").asBoolean()).isTrue();
        assertThat(bastia.at("/impact/perceptionChange").asText()).isEqualTo("Sentiment d'insécurité en recul");
        assertThat(bastia.at("/followUp/committeeMeetings/count").asInt()).isEqualTo(2);
        assertThat(bastia.at("/followUp/committeeMeetings/meetings/1/office").asText()).isEqualTo("SOUS_PREFET");
        assertThat(bastia.at("/followUp/diagnostic/version").asInt()).isEqualTo(2);
        assertThat(bastia.at("/followUp/diagnostic/ageInMonths").asInt()).isEqualTo(10);
        assertThat(bastia.at("/followUp/reviewMeetings/count").asInt()).isEqualTo(2);
        assertThat(bastia.at("/followUp/communications/count").asInt()).isEqualTo(1);
        assertThat(bastia.path("flags")).extracting(JsonNode::asText)
                                        .containsExactly("diagnostic-before-proximity-policing");
        assertThat(bastia.path("proposals")).hasSize(3);
        JsonNode corte = report.path("contracts").get(2);
        assertThat(corte.path("signedDuringYear").asBoolean()).isTrue();
        assertThat(corte.at("/impact/recorded").asBoolean()).isFalse();
        assertThat(corte.at("/impact/note").asText()).isEqualTo("Aucun bilan annuel enregistré pour 2000");
        assertThat(corte.path("flags")).hasSize(5);
        JsonNode totals = report.path("totals");
        assertThat(totals.path("contractsReported").asInt()).isEqualTo(3);
        assertThat(totals.path("signedDuringYear").asInt()).isEqualTo(1);
        assertThat(totals.path("actionsCompleted").asInt()).isEqualTo(1);
        assertThat(totals.path("committeeMeetingsHeld").asInt()).isEqualTo(3);
        assertThat(totals.path("contractsWithoutAssessment").asInt()).isEqualTo(2);
        assertThat(totals.at("/contractsWithFlag/diagnostic-before-proximity-policing").asInt()).isEqualTo(2);
        assertThat(totals.at("/contractsWithFlag/partners-missing").asInt()).isEqualTo(1);
        assertThat(totals.path("proposals")).extracting(p -> p.path("text").asText()).containsExactly(
                "Étendre les correspondants de nuit à Lupino", "=1+1; créer un poste de coordonnateur",
                "<script>alert(1)</script>");
        assertThat(read(ministry().header("Accept", "application/json"), REPORT).json()).isEqualTo(report);
    }

    @Test
    void csvForSpreadsheets() {
        Http.Response response = read(ministry().header("Accept", "text/csv"), REPORT);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"bilan-cls-2B-2000.csv\"");
        // the client decodes UTF-8 and keeps the byte order mark as U+FEFF
        assertThat(response.body()).startsWith("\uFEFFContrat;Intitulé;");
        List<Map<String, String>> rows = Csv.parse(response.body());
        assertThat(rows).extracting(row -> row.get("Contrat")).containsExactly(
                EVENTS.transports.value(), EVENTS.bastia.value(), EVENTS.corte.value(), "Total du département");
        assertThat(rows.get(1)).containsEntry("Intitulé", ReportEvents.HOSTILE_TITLE)
                               .containsEntry("Actions achevées dans l'année", "1")
                               .containsEntry("Avancement moyen des indicateurs (%)", "71,1")
                               .containsEntry("Comités de pilotage tenus", "2")
                               .containsEntry("Âge du diagnostic (mois)", "10");
        assertThat(rows.get(3)).containsEntry("Intitulé", "3 contrats")
                               .containsEntry("Population couverte", "72000")
                               .containsEntry("Comités de pilotage tenus", "3")
                               .containsEntry("Nombre de propositions", "3");
    }

    @Test
    void aPrintablePage() {
        // a browser's Accept header
        Http.Response response = read(ministry().header(
                "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"), REPORT);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");
        assertThat(response.header("Content-Security-Policy")).startsWith("default-src 'none'");
        assertThat(response.body())
                .contains("<h1>Bilan annuel des contrats locaux de sécurité — Haute-Corse — 2000</h1>")
                .contains("<td>Correspondants de nuit</td><td>Médiation</td><td>15/06/2000</td>")
                .contains("Version 2 adoptée le 10/02/2000, âgée de 10 mois au 31/12/2000.")
                .contains("Aucun bilan annuel enregistré pour 2000.")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Cie")
                .doesNotContain("<script");
    }

    @Test
    void aPrefectureReadsItsOwnDepartementOnly() {
        assertThat(read(as(TestTokens.prefecture("2B")), REPORT).status()).isEqualTo(200);
        for (String accept : List.of("application/json", "text/csv", "text/html")) {
            Http.Response other = read(as(TestTokens.prefecture("69")).header("Accept", accept), REPORT);
            assertThat(other.status()).as(accept + " -> " + other).isEqualTo(403);
            assertThat(other.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(Http.at("http://localhost:" + port).get(REPORT).status()).isEqualTo(401);
    }

    @Test
    void badParametersAre400() {
        int nextYear = LocalDate.now().getYear() + 2;
        for (String bad : List.of("/api/v1/departements/2B/report", "/api/v1/departements/2B/report?year=deux-mille",
                                  "/api/v1/departements/2B/report?year=" + nextYear,
                                  "/api/v1/departements/20/report?year=2000",
                                  "/api/v1/departements/2B/report?year=2000&minPosition=soon")) {
            for (String accept : List.of("application/json", "text/csv")) {
                Http.Response response = ministry().header("Accept", accept).get(bad);
                assertThat(response.status()).as(bad + " -> " + response).isEqualTo(400);
                assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void aFormNotOfferedIs406() {
        for (String accept : List.of("application/pdf", "image/*", "text/csv;q=0", "not a media type")) {
            Http.Response response = ministry().header("Accept", accept).get(REPORT);
            assertThat(response.status()).as(accept + " -> " + response).isEqualTo(406);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().path("detail").asText()).contains("text/csv");
        }
    }
}
