package fr.interieur.cls.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.cls.events.types.ContractId;
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
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Digests of the shared store: taken on demand, listed newest first, checked again, and no longer matching once an
 * event they cover is changed; the daily digest taken once however many instances take it. A digest covers the
 * whole log, so the tampering here is put back at once.
 */
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DigestsIT {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private static final ContractId LYON = ContractId.of("CLS-69-DG-" + SUFFIX);

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    Digests digests;

    private Tampering tampering;
    private JdbcTemplate jdbc;

    @BeforeAll
    void history() {
        ContractLife.append(new EventStoreWriter(dataSource), ContractLife.of(LYON));
        jdbc = new JdbcTemplate(dataSource);
        tampering = new Tampering(jdbc);
    }

    private Http auditor() {
        return Http.at("http://localhost:" + port).token(TestTokens.role("AUDITOR"));
    }

    private long head() {
        return jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
    }

    @Test
    void aDigestIsTakenListedAndStillMatchesUntilAnEventItCoversIsChanged() {
        Http.Response taken = auditor().post("/api/v1/audit/digests", "");
        assertThat(taken.status()).as(taken.toString()).isIn(200, 201);
        JsonNode digest = taken.json();
        assertThat(digest.path("digest").asText()).matches("[0-9a-f]{64}");
        assertThat(digest.path("encoding").asText()).isEqualTo("CLS-LOG-DIGEST-1");
        assertThat(digest.path("position").asLong()).isEqualTo(head());
        assertThat(digest.path("day").asText()).isEqualTo(digests.today().toString());
        assertThat(digest.path("kind").asText()).isEqualTo("on-demand");
        assertThat(digest.path("takenBy").asText()).isEqualTo("auditor-user");
        assertThat(digest.path("events").asLong()).isGreaterThanOrEqualTo(25);
        assertThat(digest.path("chains").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(digest.has("verified")).isTrue();

        Http.Response again = auditor().post("/api/v1/audit/digests", "");
        assertThat(again.status()).as("the same position: the same digest").isEqualTo(200);
        assertThat(again.json().path("digest").asText()).isEqualTo(digest.path("digest").asText());

        Http.Response list = auditor().get("/api/v1/audit/digests");
        assertThat(list.status()).isEqualTo(200);
        JsonNode first = list.json().path("items").get(0);
        assertThat(first.path("digest").asText()).isEqualTo(digest.path("digest").asText());

        String check = "/api/v1/audit/digests/" + digest.path("day").asText() + "/verify?position="
                       + digest.path("position").asLong();
        JsonNode matching = auditor().get(check).json();
        assertThat(matching.path("matches").asBoolean()).as(matching.toString()).isTrue();
        assertThat(matching.path("recomputed").asText()).isEqualTo(digest.path("digest").asText());
        assertThat(auditor().get("/api/v1/audit/digests/" + digest.path("day").asText() + "/verify").json()
                            .path("position").asLong()).as("the day's latest").isEqualTo(digest.path("position").asLong());

        String payload = tampering.payload(LYON.value(), 3);
        try {
            tampering.editPayload(LYON.value(), 3, mayor -> mayor.put("name", "Maire de Villeurbanne"));
            JsonNode changed = auditor().get(check).json();
            assertThat(changed.path("matches").asBoolean()).as(changed.toString()).isFalse();
            assertThat(changed.path("verified").asBoolean()).isFalse();
            assertThat(changed.path("digest").asText()).isEqualTo(digest.path("digest").asText());
            assertThat(changed.path("recomputed").asText()).isNotEqualTo(digest.path("digest").asText());
        } finally {
            tampering.setPayload(LYON.value(), 3, payload);
        }
        assertThat(auditor().get(check).json().path("matches").asBoolean()).isTrue();
    }

    @Test
    void theDailyDigestIsTakenOnceHoweverManyInstancesTakeIt() throws Exception {
        LocalDate day = LocalDate.of(1999, 6, 30);
        List<Callable<Digests.Taken>> instances = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            instances.add(() -> digests.takeDaily(day));
        }
        List<Digests.Taken> taken = new ArrayList<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(3)) {
            for (Future<Digests.Taken> future : executor.invokeAll(instances)) {
                taken.add(future.get());
            }
        }
        taken.add(digests.takeDaily(day));

        assertThat(taken).filteredOn(Digests.Taken::created).hasSizeLessThanOrEqualTo(1);
        assertThat(taken).extracting(t -> t.digest().digest()).containsOnly(taken.get(0).digest().digest());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM query.audit_digest WHERE day = ?", Long.class,
                                       java.sql.Date.valueOf(day))).isEqualTo(1);
        DigestRecord daily = taken.get(0).digest();
        assertThat(daily.kind()).isIn("daily", "on-demand");
        // the last event recorded before midnight in Paris on 30 June 1999 (22:00 UTC)
        Long expected = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry "
                                            + "WHERE time_stamp < '1999-06-30T22:00:00.000Z'", Long.class);
        assertThat(daily.position()).isEqualTo(expected);
        assertThat(daily.position()).isGreaterThanOrEqualTo(tampering.position(LYON.value(), 11));
        assertThat(digests.check(daily).matches()).isTrue();
    }

    @Test
    void unknownDaysAndBadDaysAreAnswered() {
        assertThat(auditor().get("/api/v1/audit/digests/1970-01-01/verify").status()).isEqualTo(404);
        assertThat(auditor().get("/api/v1/audit/digests/yesterday/verify").status()).isEqualTo(400);
        assertThat(auditor().get("/api/v1/audit/digests?limit=0").status()).isEqualTo(400);
        Http.Response paged = auditor().get("/api/v1/audit/digests?limit=1");
        assertThat(paged.status()).isEqualTo(200);
        if (paged.json().path("nextCursor").isTextual()) {
            Http.Response next = auditor().get("/api/v1/audit/digests?limit=1&cursor="
                                               + paged.json().path("nextCursor").asText());
            assertThat(next.status()).isEqualTo(200);
        }
    }
}
