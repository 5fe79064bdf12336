package fr.interieur.cls.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interieur.cls.events.DomainEvent;
import fr.interieur.cls.events.contract.ContractDrafted;
import fr.interieur.cls.events.contract.PartnerJoined;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.ContractScope;
import fr.interieur.cls.events.types.DepartementCode;
import fr.interieur.cls.events.types.PartnerCategory;
import fr.interieur.cls.events.types.PartnerId;
import fr.interieur.cls.query.QuerySideApplication;
import fr.interieur.cls.query.infrastructure.web.PageRequest;
import fr.interieur.cls.query.testing.EventStoreWriter;
import fr.interieur.cls.query.testing.SampleContracts;
import fr.interieur.cls.testsupport.Http;
import fr.interieur.cls.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The raw history over HTTP: every event of a contract with its metadata and hash fields, paged or as NDJSON, for
 * auditors and (as an export) inspection missions; and who may read what under {@code /audit}.
 */
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditEventsHttpIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private static final ContractId LYON = ContractId.of("CLS-69-EV-" + SUFFIX);
    private static final ContractId MARSEILLE = ContractId.of("CLS-13-EV-" + SUFFIX);
    private static final String DISTRICT = "CSP-69-EV-" + SUFFIX;

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @BeforeAll
    void history() {
        EventStoreWriter writer = new EventStoreWriter(dataSource);
        ContractLife.append(writer, ContractLife.of(LYON));
        writer.append(new ContractDrafted(MARSEILLE, "Contrat local de sécurité de Marseille", DepartementCode.of("13"),
                                          ContractScope.COMMUNE, List.of(), List.of(), List.of(), 800000, null),
                      new PartnerJoined(MARSEILLE, PartnerId.of("PREFET"), "Préfet des Bouches-du-Rhône",
                                        PartnerCategory.PREFET, null));
        writer.append(SampleContracts.district(DISTRICT, "S-EV").toArray(DomainEvent[]::new));
    }

    private Http as(String token) {
        return Http.at("http://localhost:" + port).token(token);
    }

    private Http auditor() {
        return as(TestTokens.role("AUDITOR"));
    }

    private static String events(ContractId contract) {
        return "/api/v1/audit/contracts/" + contract + "/events";
    }

    private static List<JsonNode> lines(String body) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : body.split("\n", -1)) {
            if (!line.isEmpty()) {
                try {
                    lines.add(JSON.readTree(line));
                } catch (Exception e) {
                    throw new IllegalStateException("not a JSON line: " + line, e);
                }
            }
        }
        return lines;
    }

    @Test
    void givesEveryEventInSequenceOrderByPagesWithEverythingStored() {
        List<JsonNode> items = new ArrayList<>();
        Http.Response page = auditor().get(events(LYON) + "?limit=10");
        int pages = 1;
        while (true) {
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.json().path("items").forEach(items::add);
            if (!page.json().path("nextCursor").isTextual() || pages > 5) {
                break;
            }
            page = auditor().get(events(LYON) + "?limit=10&cursor=" + page.json().path("nextCursor").asText());
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(items).hasSize(25);
        String previousHash = "0".repeat(64);
        long previousPosition = 0;
        for (int sequence = 0; sequence < items.size(); sequence++) {
            JsonNode item = items.get(sequence);
            assertThat(item.path("sequence").asLong()).isEqualTo(sequence);
            assertThat(item.path("position").asLong()).isGreaterThan(previousPosition);
            assertThat(item.path("aggregateId").asText()).isEqualTo(LYON.value());
            assertThat(item.path("eventId").asText()).isNotBlank();
            assertThat(item.path("previousHash").asText()).isEqualTo(previousHash);
            assertThat(item.path("hash").asText()).matches("[0-9a-f]{64}");
            assertThat(item.path("metadata").path("hash").asText()).isEqualTo(item.path("hash").asText());
            assertThat(item.path("metadata").path("previousHash").asText()).isEqualTo(previousHash);
            assertThat(item.path("metadata").path("correlationId").asText()).isEqualTo("corr-" + sequence);
            assertThat(item.path("metadata").path("commandId").asText()).isNotBlank();
            previousHash = item.path("hash").asText();
            previousPosition = item.path("position").asLong();
        }
        JsonNode signed = items.get(ContractLife.SIGNED);
        assertThat(signed.path("type").asText()).isEqualTo("ContractSigned");
        assertThat(signed.path("aggregateType").asText()).isEqualTo("Contract");
        assertThat(signed.path("revision").asText()).isEqualTo("1");
        assertThat(signed.path("timestamp").asText()).isEqualTo("1999-01-15T10:00:00.000Z");
        assertThat(signed.path("payload").path("signedOn").asText()).isEqualTo("1999-01-15");
        assertThat(signed.path("payload").path("signatures")).hasSize(3);
        assertThat(signed.path("metadata").path("actor").asText()).isEqualTo("pref-69");
        assertThat(signed.path("metadata").path("reason").asText()).isEqualTo("Signature solennelle en préfecture");
        // payload as stored: the budget's amount is the number it was
        assertThat(items.get(6).path("payload").path("budget").path("amount").decimalValue())
                .isEqualByComparingTo("152449.02");
        assertThat(items.get(11).path("type").asText()).isEqualTo("ActionProgressRecorded");
        assertThat(items.get(11).path("revision").asText()).isEqualTo("2");
    }

    @Test
    void streamsEveryEventAsOneJsonLineEachWithNdjson() {
        Http.Response response = auditor().header("Accept", "application/x-ndjson").get(events(LYON) + "?limit=2");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/x-ndjson");
        assertThat(response.body()).endsWith("\n");
        List<JsonNode> lines = lines(response.body());
        assertThat(lines).as("all of them, whatever the limit").hasSize(25);
        assertThat(response.body().split("\n")).hasSize(25);
        JsonNode first = auditor().get(events(LYON) + "?limit=1").json().path("items").get(0);
        assertThat(lines.get(0)).isEqualTo(first);
        for (int sequence = 0; sequence < lines.size(); sequence++) {
            assertThat(lines.get(sequence).path("sequence").asLong()).isEqualTo(sequence);
        }
    }

    @Test
    void exportsAContractsEventsToInspectionMissionsAndToItsOwnPrefecture() {
        String export = "/api/v1/contracts/" + LYON + "/events";
        Http.Response inspection = as(TestTokens.role("INSPECTION")).header("Accept", "application/x-ndjson").get(export);
        assertThat(inspection.status()).as(inspection.toString()).isEqualTo(200);
        assertThat(inspection.header("Content-Type")).startsWith("application/x-ndjson");
        assertThat(lines(inspection.body())).hasSize(25);

        Http.Response pages = as(TestTokens.role("INSPECTION")).get(export + "?limit=5");
        assertThat(pages.status()).isEqualTo(200);
        assertThat(pages.json().path("items")).hasSize(5);
        assertThat(pages.json().path("nextCursor").isTextual()).isTrue();

        assertThat(as(TestTokens.prefecture("69")).get(export).status()).isEqualTo(200);
        assertThat(auditor().get(export).status()).isEqualTo(200);
        assertThat(as(TestTokens.prefecture("13")).get(export).status()).isEqualTo(403);
        assertThat(as(TestTokens.prefecture("13")).get("/api/v1/contracts/" + MARSEILLE + "/events").status())
                .isEqualTo(200);
        assertThat(as(TestTokens.role("MINISTRY")).get(export).status()).isEqualTo(403);
        assertThat(Http.at("http://localhost:" + port).get(export).status()).isEqualTo(401);
    }

    @Test
    void theAuditIsForAuditorsOnly() {
        List<String> reads = List.of(events(LYON), "/api/v1/audit/contracts/" + LYON + "/state?version=3",
                                     "/api/v1/audit/verify?contractId=" + LYON, "/api/v1/audit/digests",
                                     "/api/v1/audit/digests/2000-01-01/verify");
        for (String token : List.of(TestTokens.role("INSPECTION"), TestTokens.role("MINISTRY"), TestTokens.role("ADMIN"),
                                    TestTokens.prefecture("69"))) {
            for (String read : reads) {
                Http.Response response = as(token).get(read);
                assertThat(response.status()).as(read + " " + response).isEqualTo(403);
                assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            }
            assertThat(as(token).post("/api/v1/audit/digests", "").status()).isEqualTo(403);
        }
        for (String read : reads) {
            assertThat(Http.at("http://localhost:" + port).get(read).status()).as(read).isEqualTo(401);
        }
        assertThat(auditor().get(events(LYON)).status()).isEqualTo(200);
    }

    @Test
    void unknownContractsAreNotFoundAndBadParametersBadRequests() {
        assertThat(auditor().get(events(ContractId.of("CLS-69-NOWHERE-" + SUFFIX))).status()).isEqualTo(404);
        assertThat(auditor().get("/api/v1/audit/contracts/" + DISTRICT + "/events").status())
                .as("a police district is no contract").isEqualTo(404);
        assertThat(as(TestTokens.role("INSPECTION")).get("/api/v1/contracts/CLS-69-NOWHERE/events").status())
                .isEqualTo(404);
        Http.Response limit = auditor().get(events(LYON) + "?limit=0");
        assertThat(limit.status()).isEqualTo(400);
        assertThat(limit.header("Content-Type")).startsWith("application/problem+json");
        assertThat(auditor().get(events(LYON) + "?limit=501").status()).isEqualTo(400);
        assertThat(auditor().get(events(LYON) + "?cursor=nonsense").status()).isEqualTo(400);
        assertThat(auditor().get(events(LYON) + "?cursor=" + PageRequest.cursor("not-a-sequence")).status())
                .isEqualTo(400);
    }
}
