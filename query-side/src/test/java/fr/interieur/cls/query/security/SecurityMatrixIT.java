package fr.interieur.cls.query.security;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.cls.events.DomainEvent;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query-side endpoint for every kind of caller, each cell asserted against api.md's role table as
 * {@link fr.interieur.cls.query.infrastructure.security.QuerySecurity} and {@code ReadAccess} apply it: no token or
 * a bad one 401; a préfecture reads its own département (another département's data is 403, lists are narrowed to
 * its own); timelines and event exports are for préfectures, inspection and auditors; {@code /audit} for auditors,
 * {@code /admin} and the metrics for admins. Every refusal is a problem. The demo users are on, so that
 * {@code /ui/demo-token} exists, and metrics are exported (tests turn that off by default), so that
 * {@code /actuator/prometheus} does. The matrix actually observed is written to target/security-matrix-query-side.md.
 */
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "cls.ui.demo-users=true")
@AutoConfigureObservability(tracing = false)
class SecurityMatrixIT {

    private static final String REBUILT = "territory";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    /** Who may call an endpoint. */
    private enum Access {
        /** data of the contract's département (69): its préfecture and the national readers */
        DEPARTEMENT,
        /** a list with no département asked: every reader, a préfecture's narrowed to its own départements */
        NARROWED,
        /** national views: national readers only */
        NATIONAL,
        /** timelines and event exports of the contract's département: its préfecture, inspection, auditors */
        TIMELINE,
        /** the timeline across contracts with no département asked: the same, a préfecture's narrowed */
        NARROWED_TIMELINE,
        AUDIT,
        ADMIN,
        /** the page's own endpoints, open to all */
        PUBLIC
    }

    private enum Caller {
        NO_TOKEN("no token"), EXPIRED("expired token"), FORGED("forged token"), PREFECTURE_69("PREFECTURE of 69"),
        PREFECTURE_13("PREFECTURE of 13"), MINISTRY("MINISTRY"), INSPECTION("INSPECTION"), AUDITOR("AUDITOR"),
        ADMIN("ADMIN");

        final String label;

        Caller(String label) {
            this.label = label;
        }

        String token() {
            Instant now = Instant.now();
            return switch (this) {
                case NO_TOKEN -> null;
                case EXPIRED -> TestTokens.sign(TestTokens.secret(), TestTokens.claims(
                        "auditor-user", "AUDITOR", List.of("AUDITOR"), List.of(), now.minus(Duration.ofHours(1))));
                // every role, signed with a key the service does not trust
                case FORGED -> TestTokens.sign("not-the-secret-of-this-test-run-but-long-enough", TestTokens.claims(
                        "forger", "Forger", List.of("PREFECTURE", "MINISTRY", "INSPECTION", "AUDITOR", "ADMIN"),
                        List.of("69", "13"), now.plus(Duration.ofHours(1))));
                case PREFECTURE_69 -> TestTokens.prefecture("69");
                case PREFECTURE_13 -> TestTokens.prefecture("13");
                default -> TestTokens.role(name());
            };
        }

        boolean mayCall(Access access) {
            return switch (this) {
                case NO_TOKEN -> access == Access.PUBLIC;
                // a bearer token that does not verify is refused before any rule, on open endpoints too
                case EXPIRED, FORGED -> false;
                case PREFECTURE_69 -> Set.of(Access.DEPARTEMENT, Access.NARROWED, Access.TIMELINE,
                                             Access.NARROWED_TIMELINE, Access.PUBLIC).contains(access);
                case PREFECTURE_13 -> Set.of(Access.NARROWED, Access.NARROWED_TIMELINE, Access.PUBLIC).contains(access);
                case MINISTRY -> Set.of(Access.DEPARTEMENT, Access.NARROWED, Access.NATIONAL, Access.PUBLIC)
                                    .contains(access);
                case INSPECTION -> access != Access.AUDIT && access != Access.ADMIN;
                case AUDITOR -> access != Access.ADMIN;
                case ADMIN -> access == Access.ADMIN || access == Access.PUBLIC;
            };
        }

        /** The status expected when the caller may not: 401 without a valid token, 403 otherwise. */
        int refusal() {
            return this == NO_TOKEN || this == EXPIRED || this == FORGED ? 401 : 403;
        }
    }

    /** {@code path} may hold {contract}, {district}, {poisoned}, {letter}, {queued}, {day}, filled in when sent. */
    private record Endpoint(String method, String path, String accept, String body, Access access,
                            Set<Integer> success) {

        static Endpoint get(String path, Access access) {
            return new Endpoint("GET", path, null, null, access, Set.of(200));
        }

        Endpoint accepting(String type) {
            return new Endpoint(method, path, type, body, access, success);
        }

        String label() {
            return method + " " + path + (accept == null ? "" : " (Accept: " + accept + ")");
        }
    }

    @Test
    void everyEndpointAnswersEveryCallerAsTheRoleTableSays() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String contract = "CLS-69-MATRIX-" + suffix;
        String district = "CSP-69-MATRIX-" + suffix;
        String poisoned = "CLS-69-MATRIX-POISON-" + suffix;
        EventStoreWriter store = new EventStoreWriter(dataSource);
        store.append(SampleContracts.district(district, "MATRIX-" + suffix).toArray(DomainEvent[]::new));
        store.append(SampleContracts.signedContract(contract, district).toArray(DomainEvent[]::new));
        long last = appendPoison(store, poisoned);

        Http auditor = api(Caller.AUDITOR.token());
        Http admin = api(Caller.ADMIN.token());
        for (String read : List.of("/contracts/" + contract, "/contracts/" + contract + "/timeline",
                                   "/districts/" + district + "/sector-status")) {
            Http.Response response = auditor.get("/api/v1" + read + "?minPosition=" + last);
            assertThat(response.status()).as(read + " " + response).isEqualTo(200);
        }
        List<JsonNode> letters = await("the poison in the dead letters", () -> letters(admin, poisoned, "contracts"),
                                       found -> found.size() == 2);
        Http.Response digest = auditor.post("/api/v1/audit/digests", "");
        assertThat(digest.status()).as(digest.toString()).isIn(200, 201);
        await("every projection live", () -> admin.get("/api/v1/admin/projections").json(),
              projections -> StreamSupport.stream(projections.spliterator(), false)
                                          .allMatch(p -> p.path("status").asText().equals("live")));

        Map<String, String> ids = Map.of("{contract}", contract, "{district}", district, "{poisoned}", poisoned,
                                         "{letter}", letters.get(0).path("id").asText(),
                                         "{queued}", letters.get(1).path("id").asText(),
                                         "{day}", digest.json().path("day").asText());

        String c = "/api/v1/contracts/{contract}";
        String audit = "/api/v1/audit/contracts/{contract}";
        String ndjson = "application/x-ndjson";
        List<Endpoint> endpoints = List.of(
                Endpoint.get("/api/v1/contracts", Access.NARROWED),
                Endpoint.get("/api/v1/contracts?departement=69", Access.DEPARTEMENT),
                Endpoint.get(c, Access.DEPARTEMENT),
                Endpoint.get(c + "/timeline", Access.TIMELINE),
                Endpoint.get(c + "/events", Access.TIMELINE),
                Endpoint.get(c + "/events", Access.TIMELINE).accepting(ndjson),
                Endpoint.get("/api/v1/timeline", Access.NARROWED_TIMELINE),
                Endpoint.get("/api/v1/timeline?departement=69", Access.TIMELINE),
                Endpoint.get("/api/v1/districts/{district}/sector-status", Access.DEPARTEMENT),
                Endpoint.get("/api/v1/sector-status?departement=69", Access.DEPARTEMENT),
                Endpoint.get("/api/v1/dashboard/national", Access.NATIONAL),
                Endpoint.get("/api/v1/dashboard/departements/69", Access.DEPARTEMENT),
                Endpoint.get("/api/v1/departements/69/report?year=2000", Access.DEPARTEMENT),
                Endpoint.get("/api/v1/departements/69/report?year=2000", Access.DEPARTEMENT).accepting("text/csv"),
                Endpoint.get("/api/v1/departements/69/report?year=2000", Access.DEPARTEMENT).accepting("text/html"),
                Endpoint.get(audit + "/events", Access.AUDIT),
                Endpoint.get(audit + "/events", Access.AUDIT).accepting(ndjson),
                Endpoint.get(audit + "/state", Access.AUDIT),
                Endpoint.get(audit + "/state?asOf=2000-01-01", Access.AUDIT),
                Endpoint.get(audit + "/state?version=3", Access.AUDIT),
                Endpoint.get(audit + "/state?version=2&compareTo=5", Access.AUDIT),
                Endpoint.get("/api/v1/audit/verify?contractId={contract}", Access.AUDIT),
                Endpoint.get("/api/v1/audit/verify", Access.AUDIT),
                Endpoint.get("/api/v1/audit/digests", Access.AUDIT),
                // the digest taken above is of this same position: 200; 201 if the day turned meanwhile
                new Endpoint("POST", "/api/v1/audit/digests", null, "", Access.AUDIT, Set.of(200, 201)),
                Endpoint.get("/api/v1/audit/digests/{day}/verify", Access.AUDIT),
                Endpoint.get("/api/v1/admin/projections", Access.ADMIN),
                Endpoint.get("/api/v1/admin/dead-letters", Access.ADMIN),
                // the letter queued behind the poison: its sequence is retried, the poison fails again (200)
                new Endpoint("POST", "/api/v1/admin/dead-letters/{queued}/retry", null, "", Access.ADMIN, Set.of(200)),
                new Endpoint("DELETE", "/api/v1/admin/dead-letters/{letter}", null, null, Access.ADMIN, Set.of(204)),
                // 409 only if another instance (another test's application) still lets go of the slot
                new Endpoint("POST", "/api/v1/admin/projections/" + REBUILT + "/rebuild", null, "", Access.ADMIN,
                             Set.of(202, 409)),
                Endpoint.get("/actuator/prometheus", Access.ADMIN),
                Endpoint.get("/ui/config", Access.PUBLIC),
                new Endpoint("POST", "/ui/demo-token", null, "{\"user\": \"ministere\"}", Access.PUBLIC, Set.of(200)));

        Map<String, Map<Caller, String>> observed = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        try {
            for (Caller caller : Caller.values()) {
                String token = caller.token();
                for (Endpoint endpoint : endpoints) {
                    Http http = Http.at("http://localhost:" + port);
                    http = token == null ? http : http.token(token);
                    http = endpoint.accept() == null ? http : http.header("Accept", endpoint.accept());
                    String path = endpoint.path();
                    for (Map.Entry<String, String> id : ids.entrySet()) {
                        path = path.replace(id.getKey(), id.getValue());
                    }
                    Http.Response response = http.send(endpoint.method(), path, endpoint.body());
                    String cell = String.valueOf(response.status());
                    String failure = check(caller, endpoint, response, contract);
                    if (failure != null) {
                        failures.add(caller.label + " " + endpoint.label() + ": " + failure);
                        cell = "**" + cell + "** ✗";
                    }
                    observed.computeIfAbsent(endpoint.label(), k -> new LinkedHashMap<>()).put(caller, cell);
                }
            }
        } finally {
            write(observed);
            cleanUp(admin, poisoned);
        }
        assertThat(failures).isEmpty();
    }

    /** What is wrong with this answer, or null. */
    private static String check(Caller caller, Endpoint endpoint, Http.Response response, String contract) {
        int status = response.status();
        boolean allowed = caller.mayCall(endpoint.access());
        if (allowed ? !endpoint.success().contains(status) : status != caller.refusal()) {
            return "expected " + (allowed ? endpoint.success() : caller.refusal()) + ", got " + response;
        }
        if (status >= 400) {
            String type = response.header("Content-Type");
            if (type == null || !type.startsWith("application/problem+json")) {
                return status + " answered as " + type + ", not as a problem";
            }
            if (response.json().path("status").asInt() != status) {
                return "the problem does not say its status: " + response.body();
            }
        }
        // a list a préfecture of another département reads is narrowed to its own: nothing of the Rhône's contract
        if (caller == Caller.PREFECTURE_13 && status == 200 && response.body().contains(contract)) {
            return "a préfecture of 13 was shown the contract of 69: " + response.body();
        }
        return null;
    }

    private Http api(String token) {
        return Http.at("http://localhost:" + port).token(token);
    }

    /**
     * A contract whose signature no reader can parse, followed by a partner joining, as
     * ProjectionFrameworkIT stores one: two dead letters in each projection that reads signatures, for the admin
     * calls to act on. Returns the position of the last event.
     */
    private long appendPoison(EventStoreWriter store, String poisoned) {
        store.append(new ContractDrafted(ContractId.of(poisoned), "CLS " + poisoned, DepartementCode.of("69"),
                                         ContractScope.COMMUNE,
                                         List.of(new Commune(InseeCode.of("69123"), "Lyon", 445452)), List.of(),
                                         List.of(), 445452, null));
        store.transactions().executeWithoutResult(status -> jdbc.update(
                "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, "
                + "time_stamp, payload_type, payload_revision, payload, meta_data) VALUES (?, ?, 1, 'Contract', "
                + "'2000-01-10T10:00:00.000Z', 'ContractSigned', '1', CAST(? AS jsonb), CAST(? AS jsonb))",
                UUID.randomUUID().toString(), poisoned,
                "{\"contractId\": \"" + poisoned + "\", \"signedOn\": \"31/02/1999\", \"signatures\": []}",
                "{\"hash\": \"" + "ab".repeat(32) + "\"}"));
        return store.append(new PartnerJoined(ContractId.of(poisoned), PartnerId.of("PREFET"), "Préfet du Rhône",
                                              PartnerCategory.PREFET, null));
    }

    private static List<JsonNode> letters(Http admin, String aggregateId, String projection) {
        JsonNode items = admin.get("/api/v1/admin/dead-letters").json().path("items");
        return StreamSupport.stream(items.spliterator(), false)
                            .filter(letter -> letter.path("aggregateId").asText().equals(aggregateId))
                            .filter(letter -> projection == null || letter.path("projection").asText().equals(projection))
                            .toList();
    }

    /**
     * Leaves the shared database as other test classes expect it: the rebuild switched over, and no letter of
     * this test's poison left in any queue.
     */
    private void cleanUp(Http admin, String poisoned) throws InterruptedException {
        await("the rebuild of " + REBUILT + " switched over", () -> admin.get("/api/v1/admin/projections").json(),
              projections -> StreamSupport.stream(projections.spliterator(), false)
                                          .filter(p -> p.path("name").asText().equals(REBUILT))
                                          .allMatch(p -> p.path("status").asText().equals("live")));
        for (JsonNode letter : letters(admin, poisoned, null)) {
            admin.delete("/api/v1/admin/dead-letters/" + letter.path("id").asText());
        }
    }

    private static <T> T await(String what, Supplier<T> read, Predicate<T> done)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        T value = read.get();
        while (!done.test(value)) {
            assertThat(System.nanoTime()).as(what + " within a minute; last seen " + value).isLessThan(deadline);
            Thread.sleep(100);
            value = read.get();
        }
        return value;
    }

    private static void write(Map<String, Map<Caller, String>> observed) throws IOException {
        StringBuilder table = new StringBuilder("| query-side endpoint |");
        for (Caller caller : Caller.values()) {
            table.append(' ').append(caller.label).append(" |");
        }
        table.append("\n|---|");
        for (Caller ignored : Caller.values()) {
            table.append("---|");
        }
        table.append('\n');
        observed.forEach((endpoint, row) -> {
            table.append("| ").append(endpoint.replace("|", "\\|")).append(" |");
            for (Caller caller : Caller.values()) {
                table.append(' ').append(row.getOrDefault(caller, "")).append(" |");
            }
            table.append('\n');
        });
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "security-matrix-query-side.md"), table);
    }
}
