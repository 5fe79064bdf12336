package fr.interieur.cls.query.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.cls.events.contract.ContractDrafted;
import fr.interieur.cls.events.contract.PartnerJoined;
import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.ContractScope;
import fr.interieur.cls.events.types.DepartementCode;
import fr.interieur.cls.events.types.InseeCode;
import fr.interieur.cls.events.types.PartnerCategory;
import fr.interieur.cls.events.types.PartnerId;
import fr.interieur.cls.query.QuerySideApplication;
import fr.interieur.cls.query.testing.EventStoreWriter;
import fr.interieur.cls.query.testing.SampleContracts;
import fr.interieur.cls.testsupport.Http;
import fr.interieur.cls.testsupport.TestTokens;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The projection machinery on real PostgreSQL: late commits, poison events, blue/green rebuilds. Events are
 * appended the way the command side appends them.
 */
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"cls.query.gap-timeout=1s", "cls.query.poll-interval=300ms"})
class ProjectionFrameworkIT {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    EventStoreWriter store;
    Http reader;
    Http admin;

    @BeforeEach
    void setUp() {
        store = new EventStoreWriter(dataSource);
        reader = Http.at("http://localhost:" + port + "/api/v1").token(TestTokens.role("MINISTRY"));
        admin = Http.at("http://localhost:" + port + "/api/v1").token(TestTokens.role("ADMIN"));
    }

    private static ContractDrafted drafted(String id) {
        return new ContractDrafted(ContractId.of(id), "CLS " + id, DepartementCode.of("69"), ContractScope.COMMUNE,
                                   List.of(new Commune(InseeCode.of("69123"), "Lyon", 445452)), List.of(), List.of(),
                                   445452, null);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private JsonNode contract(String id, long minPosition) {
        Http.Response response = reader.get("/contracts/" + id + "?minPosition=" + minPosition);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    @Test
    void aTransactionCommittingAfterOthersReachesEveryProjectionEvenWhenOpenLongerThanTheGapTimeout() throws Exception {
        String late = unique("CLS-69-LATE");
        String early = unique("CLS-69-EARLY");
        CompletableFuture<Long> lateCommitted = new CompletableFuture<>();
        Thread writer = Thread.ofPlatform().start(() -> store.transactions().executeWithoutResult(status -> {
            store.engine().appendEvents(store.messages(MetaData.emptyInstance(), List.of(drafted(late))));
            try {
                Thread.sleep(3000); // three gap timeouts, with the insert done and not committed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            lateCommitted.complete(System.nanoTime());
        }));
        Thread.sleep(500);
        long before = System.nanoTime();
        long earlyPosition = store.append(drafted(early));
        long earlyCommitted = System.nanoTime();
        writer.join();

        // the second writer waited for the first: positions follow commit order
        assertThat(earlyCommitted).isGreaterThan(lateCommitted.get());
        assertThat(Duration.ofNanos(earlyCommitted - before)).isGreaterThan(Duration.ofMillis(2000));
        long latePosition = contract(late, earlyPosition).path("position").asLong();
        assertThat(latePosition).isLessThan(earlyPosition);
        assertThat(contract(early, earlyPosition).path("position").asLong()).isEqualTo(earlyPosition);
        for (JsonNode projection : admin.get("/admin/projections").json()) {
            assertThat(projection.path("position").asLong()).as(projection.toString()).isGreaterThanOrEqualTo(earlyPosition);
        }
    }

    @Test
    void aPoisonEventGoesToTheDeadLettersTheRestKeepsFlowingAndAnAdminRetries() {
        String poisoned = unique("CLS-69-POISON");
        store.append(drafted(poisoned));
        // a ContractSigned whose date no reader can parse, as a buggy or older writer might have stored it
        store.transactions().executeWithoutResult(status -> jdbc.update(
                "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, "
                        + "time_stamp, payload_type, payload_revision, payload, meta_data) VALUES (?, ?, 1, 'Contract', "
                        + "'2000-01-10T10:00:00.000Z', 'ContractSigned', '1', CAST(? AS jsonb), CAST(? AS jsonb))",
                UUID.randomUUID().toString(), poisoned,
                "{\"contractId\": \"" + poisoned + "\", \"signedOn\": \"31/02/1999\", \"signatures\": []}",
                "{\"hash\": \"" + "ab".repeat(32) + "\"}"));
        store.append(new PartnerJoined(ContractId.of(poisoned), PartnerId.of("PREFET"), "Préfet du Rhône",
                                       PartnerCategory.PREFET, null));
        String healthy = unique("CLS-69-HEALTHY");
        long last = store.append(drafted(healthy));

        assertThat(contract(healthy, last).path("status").asText()).isEqualTo("IN_PREPARATION");
        assertThat(contract(poisoned, last).path("version").asLong()).as("parked behind the poison").isEqualTo(1);

        List<JsonNode> letters = letters(poisoned, "contracts");
        assertThat(letters).extracting(letter -> letter.path("eventType").asText())
                           .containsExactly("ContractSigned", "PartnerJoined");
        JsonNode poison = letters.get(0);
        assertThat(poison.path("cause").asText()).isNotBlank();
        assertThat(poison.path("attempts").asInt()).isEqualTo(1);

        Http.Response retried = admin.post("/admin/dead-letters/" + poison.path("id").asText() + "/retry", "");
        assertThat(retried.json().path("succeeded").asBoolean()).isFalse();
        assertThat(retried.json().path("attempts").asInt()).isEqualTo(2);

        // the admin judges it unrecoverable, drops it, and what queued behind it goes through
        assertThat(admin.delete("/admin/dead-letters/" + poison.path("id").asText()).status()).isEqualTo(204);
        Http.Response next = admin.post("/admin/dead-letters/" + letters.get(1).path("id").asText() + "/retry", "");
        assertThat(next.json().path("succeeded").asBoolean()).as(next.toString()).isTrue();
        assertThat(letters(poisoned, "contracts")).isEmpty();
        assertThat(contract(poisoned, last).path("partners").get(0).path("partnerId").asText()).isEqualTo("PREFET");

        assertThat(admin.post("/admin/dead-letters/nothing/retry", "").status()).isEqualTo(404);
        assertThat(reader.get("/admin/dead-letters").status()).isEqualTo(403);
    }

    private List<JsonNode> letters(String aggregateId, String projection) {
        JsonNode items = admin.get("/admin/dead-letters").json().path("items");
        return StreamSupport.stream(items.spliterator(), false)
                            .filter(letter -> letter.path("aggregateId").asText().equals(aggregateId))
                            .filter(letter -> letter.path("projection").asText().equals(projection))
                            .toList();
    }

    @Test
    void aRebuildKeepsReadsAnsweringSwitchesOverWhenCaughtUpAndGivesIdenticalTables() throws Exception {
        String district = unique("CSP-69-REBUILD");
        List<fr.interieur.cls.events.DomainEvent> events = new ArrayList<>(SampleContracts.district(district, district));
        for (int i = 0; i < 30; i++) {
            events.addAll(SampleContracts.signedContract(unique("CLS-69-R" + i), district));
        }
        long last = store.append(events.toArray(fr.interieur.cls.events.DomainEvent[]::new));
        assertThat(reader.get("/contracts?limit=5&minPosition=" + last).status()).isEqualTo(200);
        String before = slotOf("contracts");

        Http.Response started = admin.post("/admin/projections/contracts/rebuild", "");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.json().path("status").asText()).isEqualTo("rebuilding");
        assertThat(admin.post("/admin/projections/contracts/rebuild", "").status()).isEqualTo(409);
        // reads keep answering from the live copy while the other slot fills up
        assertThat(reader.get("/contracts?limit=5").status()).isEqualTo(200);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!slotOf("contracts").equals(otherSlot(before))) {
            assertThat(System.nanoTime()).as("rebuild switched over within a minute").isLessThan(deadline);
            assertThat(reader.get("/contracts?limit=5").status()).isEqualTo(200);
            Thread.sleep(200);
        }
        JsonNode status = statusOf("contracts");
        assertThat(status.path("status").asText()).isEqualTo("live");
        for (String table : List.of("contracts_contract", "contracts_action", "contracts_district")) {
            assertThat(difference("query_a", "query_b", table)).as(table + " a-b").isZero();
            assertThat(difference("query_b", "query_a", table)).as(table + " b-a").isZero();
            assertThat(count("query_a", table)).isEqualTo(count("query_b", table)).isPositive();
        }
        assertThat(admin.post("/admin/projections/nothing/rebuild", "").status()).isEqualTo(404);
    }

    private String slotOf(String projection) {
        return statusOf(projection).path("activeSlot").asText();
    }

    private JsonNode statusOf(String projection) {
        for (JsonNode status : admin.get("/admin/projections").json()) {
            if (status.path("name").asText().equals(projection)) {
                return status;
            }
        }
        throw new AssertionError("no projection " + projection);
    }

    private static String otherSlot(String slot) {
        return slot.equals("a") ? "b" : "a";
    }

    private long difference(String left, String right, String table) {
        return jdbc.queryForObject("SELECT count(*) FROM (SELECT * FROM " + left + "." + table + " EXCEPT SELECT * FROM "
                                           + right + "." + table + ") d", Long.class);
    }

    private long count(String schema, String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + schema + "." + table, Long.class);
    }

}
