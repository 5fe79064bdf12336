package fr.interieur.cls.query.ui;

import fr.interieur.cls.query.QuerySideApplication;
import fr.interieur.cls.testsupport.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side as deployed by default: the page and its libraries open to all, the data behind a token, and no
 * demo users (no token minted for anyone) unless explicitly enabled.
 */
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UiEndpointsIT {

    @LocalServerPort
    int port;

    private Http anonymous() {
        return Http.at("http://localhost:" + port);
    }

    @Test
    void demoTokensDoNotExistByDefault() {
        Http.Response token = anonymous().post("/ui/demo-token", """
                {"user": "ministere"}""");
        assertThat(token.status()).as(token.toString()).isEqualTo(404);
        Http.Response config = anonymous().get("/ui/config");
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.json().path("mode").asText()).isEqualTo("token");
        assertThat(config.json().has("demoUsers")).isFalse();
    }

    @Test
    void thePageAndItsLibrariesAreOpenWithAStrictContentSecurityPolicy() {
        Http.Response page = anonymous().get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"fr\">", "/app/main.js");
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self';", "style-src 'self';", "frame-ancestors 'none'",
                                    "connect-src 'self';");
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(anonymous().get("/app/main.js").status()).isEqualTo(200);
        assertThat(anonymous().get("/app/views/contract.js").status()).isEqualTo(200);
        assertThat(anonymous().get("/webjars/chart.js/dist/chart.umd.min.js").status()).isEqualTo(200);
    }

    @Test
    void theDataStillNeedsAToken() {
        assertThat(anonymous().get("/api/v1/dashboard/national").status()).isEqualTo(401);
        assertThat(anonymous().get("/api/v1/contracts?departement=69").status()).isEqualTo(401);
        // nothing else is served to anonymous callers
        assertThat(anonymous().get("/ui/other").status()).isIn(401, 403);
    }
}
