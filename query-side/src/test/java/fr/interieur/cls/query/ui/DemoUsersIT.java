package fr.interieur.cls.query.ui;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.cls.query.QuerySideApplication;
import fr.interieur.cls.testsupport.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded run's demo users ({@code cls.ui.demo-users=true} with the local secret): tokens the API accepts. */
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "cls.ui.demo-users=true")
class DemoUsersIT {

    @LocalServerPort
    int port;

    private Http anonymous() {
        return Http.at("http://localhost:" + port);
    }

    private String token(String user) {
        Http.Response answer = anonymous().post("/ui/demo-token", "{\"user\": \"" + user + "\"}");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().path("accessToken").asText();
    }

    @Test
    void thePageListsTheDemoUsers() {
        JsonNode config = anonymous().get("/ui/config").json();
        assertThat(config.path("mode").asText()).isEqualTo("demo");
        assertThat(config.path("demoUsers").findValuesAsText("id"))
                .containsExactly("prefecture-69", "prefecture-93", "prefecture-13", "ministere", "inspection", "auditeur");
    }

    @Test
    void aDemoPrefectureReadsItsOwnDepartementOnly() {
        Http api = Http.at("http://localhost:" + port + "/api/v1").token(token("prefecture-69"));
        assertThat(api.get("/dashboard/departements/69").status()).isEqualTo(200);
        assertThat(api.get("/dashboard/departements/13").status()).isEqualTo(403);
        assertThat(api.get("/dashboard/national").status()).isEqualTo(403);
    }

    @Test
    void theTokensAreShortLivedAndCarryTheFixedIdentity() throws Exception {
        String[] parts = token("auditeur").split("\\.");
        JsonNode claims = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(claims.path("sub").asText()).isEqualTo("demo-auditeur");
        assertThat(claims.path("roles").get(0).asText()).isEqualTo("AUDITOR");
        long lifetime = claims.path("exp").asLong() - Instant.now().getEpochSecond();
        assertThat(lifetime).isBetween(60L, DemoTokenEndpoint.LIFETIME.toSeconds());
        Http auditor = Http.at("http://localhost:" + port + "/api/v1").token(String.join(".", parts));
        assertThat(auditor.get("/dashboard/national").status()).isEqualTo(200);
    }

    @Test
    void onlyTheFixedIdentitiesAreMinted() {
        assertThat(anonymous().post("/ui/demo-token", """
                {"user": "admin"}""").status()).isEqualTo(400);
        assertThat(anonymous().post("/ui/demo-token", """
                {"user": "prefecture-69", "roles": ["ADMIN"]}""").json().path("user").path("roles").toString())
                .isEqualTo("[\"PREFECTURE\"]");
    }
}
