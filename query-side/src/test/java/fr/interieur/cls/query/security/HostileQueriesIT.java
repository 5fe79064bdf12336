package fr.interieur.cls.query.security;

import fr.interieur.cls.query.QuerySideApplication;
import fr.interieur.cls.query.testing.EventStoreWriter;
import fr.interieur.cls.query.testing.SampleContracts;
import fr.interieur.cls.testsupport.Http;
import fr.interieur.cls.testsupport.TestTokens;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of hostile reads: absurd paging, malformed cursors and dates, SQL-looking and control-character
 * parameters and path ids. Each gets a 2xx or a 4xx problem, never a 5xx, never a stack trace or a class name.
 */
class HostileQueriesIT {

    private static ConfigurableApplicationContext service;
    private static Http national;
    private static Http prefecture;
    private static String contract;
    private static String district;

    @BeforeContainer
    static void start() {
        // a read waiting for a position beyond the log answers 503 after this wait (5 s by default)
        service = new SpringApplicationBuilder(QuerySideApplication.class)
                .run("--server.port=0", "--cls.query.min-position-wait=1s");
        int port = ((WebServerApplicationContext) service).getWebServer().getPort();
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        contract = "CLS-69-FUZZ-" + suffix;
        district = "CSP-69-FUZZ-" + suffix;
        EventStoreWriter store = new EventStoreWriter(service.getBean(DataSource.class));
        store.append(SampleContracts.district(district, "FUZZ-" + suffix).toArray(fr.interieur.cls.events.DomainEvent[]::new));
        long last = store.append(SampleContracts.signedContract(contract, district).toArray(fr.interieur.cls.events.DomainEvent[]::new));
        // of the national roles, the one every path answers: MINISTRY may not read timelines nor event exports
        national = Http.at("http://localhost:" + port + "/api/v1").token(TestTokens.role("AUDITOR"));
        prefecture = Http.at("http://localhost:" + port + "/api/v1").token(TestTokens.prefecture("69"));
        assertThat(national.get("/contracts/" + contract + "?minPosition=" + last).status()).isEqualTo(200);
    }

    @AfterContainer
    static void stop() {
        service.close();
    }

    private static final List<String> PATHS = List.of(
            "/contracts", "/contracts/{contract}", "/contracts/{contract}/timeline", "/timeline",
            "/districts/{district}/sector-status", "/sector-status", "/dashboard/national", "/dashboard/departements/69",
            "/departements/69/report", "/contracts/{contract}/events", "/audit/contracts/{contract}/events",
            "/audit/contracts/{contract}/state", "/audit/verify");

    // minPosition has its own test: a position beyond the log makes a read wait before answering 503
    private static final List<String> PARAMETERS = List.of("departement", "status", "flag", "limit", "cursor",
            "from", "to", "type", "theme", "year", "asOf", "version", "compareTo", "contractId");

    @Property(tries = 2000)
    void hostileParametersAreRefusedWithProblems(@ForAll("paths") String path, @ForAll("queries") String query,
                                                 @ForAll boolean asPrefecture) {
        Http http = asPrefecture ? prefecture : national;
        check(http.get(path.replace("{contract}", contract).replace("{district}", district) + "?" + query));
    }

    @Property(tries = 400)
    void hostileIdsInPathsAreRefusedWithProblems(@ForAll("paths") String path, @ForAll("texts") String id) {
        String encoded = URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
        check(national.get(path.replace("{contract}", encoded).replace("{district}", encoded).replace("69", encoded)));
    }

    /** Every path with every kind of minPosition: 13 x 9 tries. */
    @Property(tries = 117, generation = GenerationMode.EXHAUSTIVE)
    void aMinPositionIsANumberAndOneBeyondTheLogIsARetryLater(@ForAll("paths") String path,
                                                              @ForAll("minPositions") String minPosition) {
        String required = path.equals("/sector-status") ? "departement=69&"
                : path.endsWith("/report") ? "year=2000&" : "";
        Http.Response response = national.get(path.replace("{contract}", contract).replace("{district}", district)
                                              + "?" + required + "minPosition="
                                              + URLEncoder.encode(minPosition, StandardCharsets.UTF_8));
        if (minPosition.equals("99999999")) {
            assertThat(response.status()).as(response.toString()).isEqualTo(503);
            assertThat(response.header("Retry-After")).isNotNull();
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            return;
        } else if (minPosition.matches("-?[0-9]{1,9}") || minPosition.isEmpty()) {
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
        } else {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
        }
        check(response);
    }

    @Provide
    Arbitrary<String> minPositions() {
        return Arbitraries.of("abc", "1.5", "", "1e3", "99999999999999999999999", "-5", "0", "1", "99999999");
    }

    private static void check(Http.Response response) {
        assertThat(response.status()).as(response.toString()).isLessThan(500);
        if (response.status() >= 400) {
            assertThat(response.header("Content-Type")).as(response.toString()).startsWith("application/problem+json");
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at java.")
                                       .doesNotContain("fr.interieur").doesNotContain("org.axon");
        }
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of(PATHS);
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> value = Arbitraries.oneOf(
                texts(),
                Arbitraries.of("-1", "0", "1", "500", "501", "99999999999999999999", "1e9", "NaN", "null", "2000-02-30",
                               "2000-13-01", "1999-01-15", "2000-01-01T00:00:00Z", "2999-01-01", "SIGNED", "ENDED",
                               "committee-overdue", "MEDIATION", "ContractSigned", "69", "2A", "20", "0000", "Y2xzMTp4"),
                Arbitraries.longs().map(String::valueOf));
        return Combinators.combine(Arbitraries.of(PARAMETERS), value)
                          .as((name, v) -> name + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))
                          .list().ofMaxSize(4)
                          .map(pairs -> String.join("&", pairs));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.of("'; DROP TABLE query.token_entry; --", "1 OR 1=1", "../../etc/passwd", "%00", "\u0000",
                               "<script>alert(1)</script>", "${jndi:ldap://x/a}", "\uD800", "\u202E", "", " ",
                               "a".repeat(400), "é".repeat(100)),
                Arbitraries.strings().ofMaxLength(60),
                Arbitraries.strings().withCharRange('\u0000', '\u001F').ofMinLength(1).ofMaxLength(8)
                           .map(s -> s.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining())));
    }
}
