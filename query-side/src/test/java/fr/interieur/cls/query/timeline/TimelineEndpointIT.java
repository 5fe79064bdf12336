package fr.interieur.cls.query.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.cls.events.DomainEvent;
import fr.interieur.cls.events.EventJson;
import fr.interieur.cls.events.contract.ContractDrafted;
import fr.interieur.cls.events.contract.ContractEvent;
import fr.interieur.cls.events.contract.PartnerJoined;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.ContractScope;
import fr.interieur.cls.events.types.DepartementCode;
import fr.interieur.cls.events.types.PartnerCategory;
import fr.interieur.cls.events.types.PartnerId;
import fr.interieur.cls.eventstore.ClsEventStorageEngine;
import fr.interieur.cls.eventstore.SqlDialect;
import fr.interieur.cls.query.QuerySideApplication;
import fr.interieur.cls.testsupport.Http;
import fr.interieur.cls.testsupport.TestTokens;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side started whole: real events appended to the event store, projected by the running processors,
 * read over HTTP with real tokens. Identifiers are this run's own, so other tests' events do not matter.
 */
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineEndpointIT {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private static final ContractId LYON = ContractId.of("CLS-69-TL-" + SUFFIX);
    private static final ContractId MARSEILLE = ContractId.of("CLS-13-TL-" + SUFFIX);

    @LocalServerPort
    int port;

    @Autowired
    ConnectionProvider connections;

    @Autowired
    TransactionManager transactions;

    @Autowired
    Serializer serializer;

    @Autowired
    SqlDialect dialect;

    @Autowired
    JdbcTemplate jdbc;

    private long head;
    private final Map<String, Long> sequences = new HashMap<>();

    private Http inspection() {
        return Http.at("http://localhost:" + port).token(TestTokens.role("INSPECTION"));
    }

    private Http prefecture(String departement) {
        return Http.at("http://localhost:" + port).token(TestTokens.prefecture(departement));
    }

    @BeforeAll
    void history() {
        ClsEventStorageEngine store = ClsEventStorageEngine.create(
                JdbcEventStorageEngine.builder().connectionProvider(connections).snapshotSerializer(serializer)
                                      .eventSerializer(serializer),
                new ClsEventStorageEngine.Settings(transactions, dialect, EventJson.newObjectMapper(), appended -> {
                }));
        MetaData prefecture = MetaData.with("actor", "pref-69").and("actorName", "Préfecture du Rhône")
                                      .and("correlationId", "corr-" + SUFFIX);
        List<EventMessage<?>> events = new ArrayList<>();
        events.add(message(TimelineEvents.drafted(LYON, "69"), prefecture, "1999-01-05T09:00:00Z"));
        int minute = 0;
        for (PartnerJoined joined : TimelineEvents.signatories(LYON)) {
            events.add(message(joined, prefecture, "1999-01-06T09:0" + minute++ + ":00Z"));
        }
        events.add(message(TimelineEvents.relais(LYON), prefecture, "1999-01-06T09:10:00Z"));
        events.add(message(TimelineEvents.signed(LYON),
                           prefecture.and("reason", "Signature solennelle en préfecture"), "1999-01-20T15:00:00Z"));
        events.add(message(TimelineEvents.nightAction(LYON), prefecture, "1999-02-01T10:00:00Z"));
        events.add(message(TimelineEvents.nightProgress(LYON),
                           MetaData.with("actor", "sp-villeurbanne").and("actorName", "Sous-préfecture"),
                           "1999-07-01T10:00:00Z"));
        events.add(message(TimelineEvents.committee(LYON), prefecture, "1999-07-08T10:00:00Z"));
        events.add(message(new ContractDrafted(MARSEILLE, "Contrat local de sécurité de Marseille",
                                               DepartementCode.of("13"), ContractScope.COMMUNE, List.of(), List.of(),
                                               List.of(), 800000, null),
                           MetaData.with("actor", "pref-13").and("actorName", "Préfecture des Bouches-du-Rhône"),
                           "1999-03-01T09:00:00Z"));
        events.add(message(new PartnerJoined(MARSEILLE, PartnerId.of("PREFET"), "Préfet des Bouches-du-Rhône",
                                             PartnerCategory.PREFET, null),
                           MetaData.with("actor", "pref-13"), "1999-03-01T09:05:00Z"));
        transactions.executeInTransaction(() -> store.appendEvents(events));
        head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
    }

    private EventMessage<?> message(DomainEvent event, MetaData metaData, String at) {
        long sequence = sequences.merge(event.aggregateId(), 1L, Long::sum) - 1;
        return new GenericDomainEventMessage<>(event instanceof ContractEvent ? "Contract" : "PoliceDistrict",
                                               event.aggregateId(), sequence, event, metaData,
                                               UUID.randomUUID().toString(), Instant.parse(at));
    }

    /** A read that waits for the events appended; retried on 503, as api.md asks of clients. */
    private Http.Response read(Http http, String path) {
        String separator = path.contains("?") ? "&" : "?";
        Http.Response response = http.get(path + separator + "minPosition=" + head);
        for (int attempt = 0; response.status() == 503 && attempt < 10; attempt++) {
            response = http.get(path + separator + "minPosition=" + head);
        }
        return response;
    }

    private static List<String> types(JsonNode items) {
        List<String> types = new ArrayList<>();
        items.forEach(item -> types.add(item.path("type").asText()));
        return types;
    }

    @Test
    void aContractsTimelineShowsEveryEventInOrderWithWhoAndWhy() {
        Http.Response response = read(inspection(), "/api/v1/contracts/" + LYON + "/timeline");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode items = response.json().path("items");
        assertThat(types(items)).containsExactly("ContractDrafted", "PartnerJoined", "PartnerJoined", "PartnerJoined",
                                                 "PartnerJoined", "PartnerJoined", "ContractSigned", "ActionAdded",
                                                 "ActionProgressRecorded", "CommitteeMeetingHeld");
        // the last page has no cursor (the web mapper leaves null fields out)
        assertThat(response.json().path("nextCursor").isTextual()).isFalse();
        long previous = 0;
        for (JsonNode item : items) {
            assertThat(item.path("position").asLong()).isGreaterThan(previous);
            previous = item.path("position").asLong();
        }
        JsonNode signed = items.get(6);
        assertThat(signed.path("occurredAt").asText()).isEqualTo("1999-01-20T15:00:00Z");
        assertThat(signed.path("effectiveOn").asText()).isEqualTo("1999-01-15");
        assertThat(signed.path("actor").asText()).isEqualTo("pref-69");
        assertThat(signed.path("actorName").asText()).isEqualTo("Préfecture du Rhône");
        assertThat(signed.path("reason").asText()).isEqualTo("Signature solennelle en préfecture");
        assertThat(signed.path("summary").asText()).isEqualTo(
                "Contrat signé le 15/01/1999 par 4 signataires : Préfet du Rhône, Procureur de la République, "
                + "Maire de Lyon, Recteur.");
        JsonNode drafted = items.get(0);
        assertThat(drafted.has("reason")).isTrue();
        assertThat(drafted.path("reason").isNull()).isTrue();
        assertThat(drafted.path("effectiveOn").isNull()).isTrue();
        assertThat(items.get(8).path("actor").asText()).isEqualTo("sp-villeurbanne");
        assertThat(items.get(8).path("summary").asText()).isEqualTo(
                "Action « Correspondants de nuit » (médiation) : en cours ; mesure « Interventions de nuit » = "
                + "85 interventions au 30/06/1999.");
        assertThat(items.get(9).path("summary").asText()).isEqualTo(
                "Comité de pilotage du 06/07/1999 présidé par Mme Claire Martin (sous-préfète déléguée) ; "
                + "1 action examinée, 1 décision.");
    }

    @Test
    void aContractsTimelineFiltersAndPages() {
        Http http = inspection();
        String timeline = "/api/v1/contracts/" + LYON + "/timeline";
        Http.Response first = read(http, timeline + "?from=1999-01-06&to=1999-01-20T15:00:00Z");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        JsonNode period = first.json().path("items");
        assertThat(types(period)).containsExactly("PartnerJoined", "PartnerJoined", "PartnerJoined", "PartnerJoined",
                                                  "PartnerJoined");
        JsonNode day = read(http, timeline + "?from=1999-01-20&to=1999-01-20").json().path("items");
        assertThat(types(day)).containsExactly("ContractSigned");
        JsonNode chosen = read(http, timeline + "?type=ContractSigned,CommitteeMeetingHeld").json().path("items");
        assertThat(types(chosen)).containsExactly("ContractSigned", "CommitteeMeetingHeld");

        List<String> paged = new ArrayList<>();
        Http.Response page = read(http, timeline + "?limit=4");
        int pages = 1;
        paged.addAll(types(page.json().path("items")));
        while (page.json().path("nextCursor").isTextual() && pages < 10) {
            page = read(http, timeline + "?limit=4&cursor=" + page.json().path("nextCursor").asText());
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            paged.addAll(types(page.json().path("items")));
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(paged).hasSize(10).startsWith("ContractDrafted").endsWith("CommitteeMeetingHeld");
    }

    @Test
    void theTimelineAcrossContractsCarriesAggregateAndDepartement() {
        JsonNode items = read(inspection(), "/api/v1/timeline?departement=13&limit=500").json().path("items");
        List<JsonNode> marseille = new ArrayList<>();
        items.forEach(item -> {
            assertThat(item.path("departement").asText()).isEqualTo("13");
            if (item.path("aggregateId").asText().equals(MARSEILLE.value())) {
                marseille.add(item);
            }
        });
        assertThat(marseille).hasSize(2);
        assertThat(marseille.get(0).path("aggregateType").asText()).isEqualTo("Contract");
        assertThat(marseille.get(1).path("summary").asText()).isEqualTo("Préfet des Bouches-du-Rhône rejoint le contrat.");

        JsonNode mediation = read(inspection(), "/api/v1/timeline?theme=MEDIATION&from=1999-01-01&to=1999-12-31"
                                                + "&limit=500").json().path("items");
        List<String> lyonMediation = new ArrayList<>();
        mediation.forEach(item -> {
            assertThat(item.path("theme").asText()).isEqualTo("MEDIATION");
            if (item.path("aggregateId").asText().equals(LYON.value())) {
                lyonMediation.add(item.path("type").asText());
            }
        });
        assertThat(lyonMediation).containsExactly("ActionAdded", "ActionProgressRecorded");
    }

    @Test
    void aPrefectureReadsItsOwnDepartementsOnly() {
        Http rhone = prefecture("69");
        assertThat(read(rhone, "/api/v1/contracts/" + LYON + "/timeline").status()).isEqualTo(200);
        Http.Response other = read(rhone, "/api/v1/contracts/" + MARSEILLE + "/timeline");
        assertThat(other.status()).as(other.toString()).isEqualTo(403);
        assertThat(other.header("Content-Type")).startsWith("application/problem+json");
        assertThat(read(rhone, "/api/v1/timeline?departement=13").status()).isEqualTo(403);

        JsonNode own = read(rhone, "/api/v1/timeline?limit=500").json().path("items");
        assertThat(own).isNotEmpty();
        own.forEach(item -> assertThat(item.path("departement").asText()).isEqualTo("69"));
        assertThat(read(rhone, "/api/v1/timeline?departement=69&limit=500").json().path("items")).isNotEmpty();
    }

    @Test
    void onlyTimelineRolesReadTimelines() {
        Http ministry = Http.at("http://localhost:" + port).token(TestTokens.role("MINISTRY"));
        assertThat(ministry.get("/api/v1/timeline").status()).isEqualTo(403);
        assertThat(Http.at("http://localhost:" + port).get("/api/v1/timeline").status()).isEqualTo(401);
        Http auditor = Http.at("http://localhost:" + port).token(TestTokens.role("AUDITOR"));
        assertThat(read(auditor, "/api/v1/contracts/" + LYON + "/timeline").status()).isEqualTo(200);
    }

    @Test
    void badParametersAre400AndAnUnknownContract404() {
        Http http = inspection();
        String timeline = "/api/v1/contracts/" + LYON + "/timeline";
        for (String bad : List.of(timeline + "?type=ContractBurnt", timeline + "?type=SectorDefined",
                                  timeline + "?from=yesterday", timeline + "?from=2000-01-02&to=2000-01-01",
                                  timeline + "?limit=0", timeline + "?cursor=not-ours",
                                  "/api/v1/timeline?theme=SECURITE", "/api/v1/timeline?departement=999",
                                  "/api/v1/timeline?to=31/12/1999", "/api/v1/timeline?minPosition=soon")) {
            Http.Response response = http.get(bad);
            assertThat(response.status()).as(bad + " -> " + response).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        Http.Response unknown = read(http, "/api/v1/contracts/CLS-69-NOWHERE-" + SUFFIX + "/timeline");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
    }
}
