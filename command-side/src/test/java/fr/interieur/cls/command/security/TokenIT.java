package fr.interieur.cls.command.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import fr.interieur.cls.testsupport.Http;
import fr.interieur.cls.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Tokens that must not open the door: expired, unsigned, signed with another key, garbage, incomplete. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class TokenIT {

    private static final String BODY = """
            {"districtId": "CSP-69-TOKEN", "name": "CSP", "departement": "69", "population": 1, "communes": []}""";

    @LocalServerPort
    int port;

    private Http.Response send(String token) {
        Http http = Http.at("http://localhost:" + port + "/api/v1");
        return (token == null ? http : http.token(token)).post("/districts", BODY);
    }

    private static void unauthorized(Http.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.header("Set-Cookie")).isNull();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    private static JWTClaimsSet.Builder prefecture() {
        return TestTokens.claims("pref-69", "Préfecture du Rhône", List.of("PREFECTURE"), List.of("69"),
                                 Instant.now().plusSeconds(3600));
    }

    @Test
    void noTokenIs401() {
        unauthorized(send(null));
    }

    @Test
    void anExpiredTokenIs401() {
        unauthorized(send(TestTokens.sign(TestTokens.secret(), TestTokens.claims(
                "pref-69", "Préfecture", List.of("PREFECTURE"), List.of("69"), Instant.now().minusSeconds(3600)))));
    }

    @Test
    void anUnsignedTokenIs401() {
        unauthorized(send(new PlainJWT(prefecture().build()).serialize()));
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() {
        unauthorized(send(TestTokens.sign("another-secret-that-is-long-enough-for-hs256", prefecture())));
    }

    @Test
    void aTokenWithAnotherAlgorithmIs401() throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS512), prefecture().build());
        jwt.sign(new MACSigner((TestTokens.secret() + TestTokens.secret()).getBytes(StandardCharsets.UTF_8)));
        unauthorized(send(jwt.serialize()));
    }

    @Test
    void garbageIs401() {
        unauthorized(send("not.a.token"));
        unauthorized(send("eyJhbGciOiJIUzI1NiJ9.e30"));
        unauthorized(send("x".repeat(5000)));
    }

    @Test
    void aTokenWithoutSubjectIs401() {
        unauthorized(send(TestTokens.sign(TestTokens.secret(), TestTokens.claims(
                null, "Préfecture", List.of("PREFECTURE"), List.of("69"), Instant.now().plusSeconds(3600)))));
    }

    @Test
    void aTokenWithoutRolesIs403() {
        Http.Response response = send(TestTokens.sign(TestTokens.secret(), TestTokens.claims(
                "pref-69", "Préfecture", List.of(), List.of("69"), Instant.now().plusSeconds(3600))));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aPrefectureWithoutDepartementsActsNowhere() {
        Http.Response response = send(TestTokens.sign(TestTokens.secret(), TestTokens.claims(
                "pref-x", "Préfecture", List.of("PREFECTURE"), List.of(), Instant.now().plusSeconds(3600))));
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void theActuatorShowsHealthOnly() {
        Http anonymous = Http.at("http://localhost:" + port);
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
        for (String endpoint : List.of("/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/configprops",
                                       "/actuator/loggers", "/actuator/mappings", "/actuator/threaddump")) {
            assertThat(anonymous.get(endpoint).status()).as(endpoint).isIn(401, 403, 404);
            assertThat(anonymous.token(TestTokens.role("ADMIN")).get(endpoint).status()).as(endpoint).isIn(403, 404);
        }
        assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(anonymous.token(TestTokens.prefecture("69")).get("/actuator/prometheus").status()).isEqualTo(403);
        Http.Response metrics = anonymous.token(TestTokens.role("ADMIN")).get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("cls_security_denied_total");
    }
}
