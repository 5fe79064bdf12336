package fr.interieur.cls.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.cls.events.DomainEvent;
import fr.interieur.cls.events.EventJson;
import fr.interieur.cls.events.contract.ContractEvent;
import fr.interieur.cls.events.types.ProximityWave;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.interieur.cls.query.testing.TerritoryEvents.district;
import static fr.interieur.cls.query.testing.TerritoryEvents.drafted;
import static fr.interieur.cls.query.testing.TerritoryEvents.proximity;
import static fr.interieur.cls.query.testing.TerritoryEvents.sector;
import static fr.interieur.cls.query.testing.TerritoryEvents.signed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side running against PostgreSQL: events appended to the event store as the command side would,
 * then sector status and dashboards over HTTP, with tokens of each kind of user. Corse-du-Sud (2A) and
 * La Réunion (974) are this test's own, so that other tests' events do not change its figures; national
 * figures are compared with what they were before its events.
 * <p>
 * Ajaccio (70 000; sectors AJ1 40 000, AJ2 30 000; community policing since June 2000) has a contract signed for
 * AJ1 (40 000); Saint-Denis (130 000; sector SD1) a contract in preparation for the whole district.
 */
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TerritoryHttpIT {

    private static final String AJACCIO = "CSP-2A-AJACCIO";
    private static final String SAINT_DENIS = "CSP-974-STDENIS";

    private static long position;
    private static JsonNode nationalBefore;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConnectionProvider connections;

    @Autowired
    TransactionManager transactions;

    @Autowired
    Serializer serializer;

    @Autowired
    SqlDialect dialect;

    private Http as(String token) {
        return Http.at("http://localhost:" + port + "/api/v1").token(token);
    }

    private Http ministry() {
        return as(TestTokens.role("MINISTRY"));
    }

    private Http corsica() {
        return as(TestTokens.prefecture("2A"));
    }

    private static String at() {
        return "minPosition=" + position;
    }

    @BeforeEach
    void givenTwoDepartementsInTheEventStore() {
        if (position > 0) {
            return;
        }
        nationalBefore = ok(ministry().get("/dashboard/national?minPosition=" + head()));
        append(district(AJACCIO, "2A", 70000), sector(AJACCIO, "AJ1", 40000), sector(AJACCIO, "AJ2", 30000),
               proximity(AJACCIO, ProximityWave.WAVE_1, "2000-06-01"),
               district(SAINT_DENIS, "974", 130000), sector(SAINT_DENIS, "SD1", 130000),
               drafted("CLS-2A-AJACCIO", "2A", 40000, List.of(AJACCIO), List.of("AJ1")),
               signed("CLS-2A-AJACCIO", "2000-03-01"),
               drafted("CLS-974-STDENIS", "974", 130000, List.of(SAINT_DENIS), List.of()));
        position = head();
    }

    /** Appends through the event store engine the command side uses, in one transaction, as it would. */
    private void append(DomainEvent... events) {
        ClsEventStorageEngine engine = ClsEventStorageEngine.create(
                JdbcEventStorageEngine.builder().connectionProvider(connections).snapshotSerializer(serializer)
                                      .eventSerializer(serializer),
                new ClsEventStorageEngine.Settings(transactions, dialect, EventJson.newObjectMapper(), appended -> {
                }));
        Map<String, Long> sequences = new HashMap<>();
        List<EventMessage<?>> messages = new ArrayList<>();
        for (DomainEvent event : events) {
            long sequence = sequences.merge(event.aggregateId(), 1L, Long::sum) - 1;
            messages.add(new GenericDomainEventMessage<>(
                    event instanceof ContractEvent ? "Contract" : "PoliceDistrict", event.aggregateId(), sequence,
                    event, MetaData.with("actor", "pref-" + event.aggregateId()).and("reason", "test")
                                   .and("correlationId", UUID.randomUUID().toString())));
        }
        transactions.executeInTransaction(() -> engine.appendEvents(messages));
    }

    private long head() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    private static JsonNode ok(Http.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static void problem(Http.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aPrefectureReadsTheSectorStatusOfItsDistrict() {
        JsonNode district = ok(corsica().get("/districts/" + AJACCIO + "/sector-status?" + at()));
        assertThat(district.path("districtId").asText()).isEqualTo(AJACCIO);
        assertThat(district.path("departement").asText()).isEqualTo("2A");
        assertThat(district.path("population").asLong()).isEqualTo(70000);
        assertThat(district.path("proximityPolicing").path("wave").asText()).isEqualTo("1");
        assertThat(district.path("proximityPolicing").path("startedOn").asText()).isEqualTo("2000-06-01");
        assertThat(district.path("fullyCovered").asBoolean()).isFalse();
        assertThat(district.path("flags").toString()).isEqualTo("[\"sectors-not-covered\"]");

        JsonNode uncovered = district.path("sectors").get(0);
        assertThat(uncovered.path("sectorId").asText()).isEqualTo("AJ2");
        assertThat(uncovered.path("covered").asBoolean()).isFalse();
        assertThat(uncovered.path("contracts")).isEmpty();
        assertThat(uncovered.path("quartiers").get(0).asText()).isEqualTo("Quartier AJ2");
        JsonNode covered = district.path("sectors").get(1);
        assertThat(covered.path("sectorId").asText()).isEqualTo("AJ1");
        assertThat(covered.path("covered").asBoolean()).isTrue();
        assertThat(covered.path("population").asLong()).isEqualTo(40000);
        assertThat(covered.path("contracts").get(0).path("id").asText()).isEqualTo("CLS-2A-AJACCIO");
        assertThat(covered.path("contracts").get(0).path("status").asText()).isEqualTo("SIGNED");
        assertThat(covered.path("actions").path("PLANNED").asLong()).isZero();
        assertThat(covered.path("proximityPolicing").path("wave").asText()).isEqualTo("1");
    }

    @Test
    void aDistrictWithoutCommunityPolicingAnswersNullForIt() {
        JsonNode district = ok(ministry().get("/districts/" + SAINT_DENIS + "/sector-status?" + at()));
        assertThat(district.has("proximityPolicing")).isTrue();
        assertThat(district.path("proximityPolicing").isNull()).isTrue();
        assertThat(district.path("fullyCovered").asBoolean()).isTrue();
        assertThat(district.path("flags")).isEmpty();
    }

    @Test
    void anotherDepartementsDistrictIsForbiddenAndAnUnknownOneNotFound() {
        problem(as(TestTokens.prefecture("974")).get("/districts/" + AJACCIO + "/sector-status?" + at()), 403);
        problem(corsica().get("/districts/CSP-NOWHERE/sector-status?" + at()), 404);
        problem(Http.at("http://localhost:" + port + "/api/v1").get("/districts/" + AJACCIO + "/sector-status"),
                401);
        problem(corsica().get("/districts/" + AJACCIO + "/sector-status?minPosition=soon"), 400);
    }

    @Test
    void aDepartementsSectorStatusListsItsDistrictsNotFullyCoveredFirst() {
        JsonNode status = ok(ministry().get("/sector-status?departement=2A&" + at()));
        assertThat(status.path("departement").asText()).isEqualTo("2A");
        assertThat(status.path("districts")).hasSize(1);
        assertThat(status.path("districts").get(0).path("districtId").asText()).isEqualTo(AJACCIO);
        assertThat(status.path("districts").get(0).path("sectors").get(0).path("covered").asBoolean()).isFalse();
        // a préfecture of one département need not say which
        JsonNode own = ok(corsica().get("/sector-status?" + at()));
        assertThat(own.path("departement").asText()).isEqualTo("2A");
    }

    @Test
    void theDepartementOfASectorStatusIsRequiredWhenItCannotBeGuessedAndChecked() {
        problem(ministry().get("/sector-status?" + at()), 400);
        problem(as(TestTokens.token("pref-corse", "Préfectures de Corse", List.of("PREFECTURE"), List.of("2A", "2B")))
                        .get("/sector-status?" + at()), 400);
        problem(ministry().get("/sector-status?departement=20&" + at()), 400);
        problem(corsica().get("/sector-status?departement=974&" + at()), 403);
    }

    @Test
    void aPrefectureReadsItsDepartementsDashboard() {
        JsonNode dashboard = ok(corsica().get("/dashboard/departements/2A?" + at()));
        assertThat(dashboard.path("departement").asText()).isEqualTo("2A");
        assertThat(dashboard.path("contracts").path("signed").asLong()).isEqualTo(1);
        assertThat(dashboard.path("contracts").path("inPreparation").asLong()).isZero();
        assertThat(dashboard.path("contracts").path("ended").asLong()).isZero();
        assertThat(dashboard.path("populationCovered").path("signed").asLong()).isEqualTo(40000);
        assertThat(dashboard.path("populationCovered").path("signedOrInPreparation").asLong()).isEqualTo(40000);
        assertThat(dashboard.path("policeNationalePopulation").asLong()).isEqualTo(70000);
        // 40 000 / 70 000 = 0.5714…
        assertThat(dashboard.path("shareCovered").path("signed").asDouble()).isEqualTo(0.571);
        JsonNode gaps = dashboard.path("districtsWithProximityPolicingNotFullyCovered");
        assertThat(gaps.path("count").asLong()).isEqualTo(1);
        assertThat(gaps.path("districts").get(0).path("districtId").asText()).isEqualTo(AJACCIO);
        assertThat(gaps.path("districts").get(0).path("uncoveredSectors").asLong()).isEqualTo(1);
        assertThat(dashboard.path("flags").path("sectors-not-covered").asLong()).isEqualTo(1);
        assertThat(dashboard.path("flags").path("diagnostic-missing").asLong()).isEqualTo(1);
        assertThat(dashboard.path("actions").path("MEDIATION").path("PLANNED").asLong()).isZero();
        assertThat(dashboard.has("departements")).isFalse();
    }

    @Test
    void anotherDepartementsDashboardIsForbiddenAndABadCodeABadRequest() {
        problem(corsica().get("/dashboard/departements/974?" + at()), 403);
        problem(ministry().get("/dashboard/departements/ZZ?" + at()), 400);
        problem(corsica().get("/dashboard/national?" + at()), 403);
    }

    @Test
    void theNationalDashboardCountsBothDepartements() {
        JsonNode national = ok(ministry().get("/dashboard/national?" + at()));
        assertThat(national.path("contracts").path("signed").asLong())
                .isEqualTo(nationalBefore.path("contracts").path("signed").asLong() + 1);
        assertThat(national.path("contracts").path("inPreparation").asLong())
                .isEqualTo(nationalBefore.path("contracts").path("inPreparation").asLong() + 1);
        assertThat(national.path("populationCovered").path("signedOrInPreparation").asLong())
                .isEqualTo(nationalBefore.path("populationCovered").path("signedOrInPreparation").asLong() + 170000);
        assertThat(national.path("policeNationalePopulation").asLong())
                .isEqualTo(nationalBefore.path("policeNationalePopulation").asLong() + 200000);
        assertThat(national.path("districtsWithProximityPolicingNotFullyCovered").path("count").asLong())
                .isEqualTo(nationalBefore.path("districtsWithProximityPolicingNotFullyCovered").path("count").asLong()
                           + 1);
        Map<String, JsonNode> lines = new HashMap<>();
        national.path("departements").forEach(line -> lines.put(line.path("code").asText(), line));
        assertThat(lines.get("2A").path("signed").asLong()).isEqualTo(1);
        assertThat(lines.get("2A").path("populationCovered").asLong()).isEqualTo(40000);
        assertThat(lines.get("974").path("inPreparation").asLong()).isEqualTo(1);
        assertThat(lines.get("974").path("populationCovered").asLong()).isEqualTo(130000);
        assertThat(lines.get("974").path("districtsNotFullyCovered").asLong()).isZero();
        // an inspection mission reads it too
        ok(as(TestTokens.role("INSPECTION")).get("/dashboard/national?" + at()));
    }
}
