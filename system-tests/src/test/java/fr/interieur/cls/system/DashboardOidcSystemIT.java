package fr.interieur.cls.system;

import fr.interieur.cls.testsupport.Http;
import fr.interieur.cls.testsupport.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page signing in with OpenID Connect (authorization code with PKCE, done by the page) at a real issuer's
 * place: the query side checks tokens against {@link StubIssuer}'s keys, and asks for demo users too, which it
 * must refuse with a real issuer.
 */
class DashboardOidcSystemIT {

    static StubIssuer issuer;
    static ServiceProcess queries;
    static Browser browser;

    @BeforeAll
    static void start() {
        if (!Browser.installed()) {
            if ("required".equals(System.getenv("CLS_BROWSER_TESTS"))) {
                throw new IllegalStateException("no chromium or chromedriver (apt-get install -y chromium chromium-driver)");
            }
            Assumptions.abort("browser tests skipped: install chromium and chromium-driver");
        }
        issuer = new StubIssuer();
        queries = Services.querySide(Map.of("CLS_JWT_ISSUER_URI", issuer.issuer(),
                                            "CLS_OIDC_CLIENT_ID", StubIssuer.CLIENT_ID,
                                            "CLS_UI_DEMO_USERS", "true", "CLS_TODAY", "2002-12-31"));
        browser = Browser.open(queries.baseUrl());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (queries != null) {
            queries.close();
        }
        if (issuer != null) {
            issuer.close();
        }
    }

    @Test
    void withARealIssuerThereAreNoDemoUsers() {
        Http page = Http.at(queries.baseUrl());
        assertThat(page.post("/ui/demo-token", "{\"user\": \"ministere\"}").status()).isEqualTo(404);
        assertThat(page.get("/ui/config").json().path("mode").asText()).isEqualTo("oidc");
        // the page may fetch from the issuer, and from nowhere else
        assertThat(page.get("/").header("Content-Security-Policy"))
                .contains("connect-src 'self' " + issuer.issuer().replace("/realms/cls", "") + ";");
    }

    @Test
    void thePageSignsInWithTheAuthorizationCodeAndPkceThenSignsOutAtTheIssuer() {
        browser.driver.get(queries.baseUrl() + "/");
        browser.script("sessionStorage.clear(); location.hash = '#/connexion'; location.reload();");
        browser.waitShown("#/connexion");
        browser.screenshot("oidc-connexion");
        browser.waitFor(By.id("connexion-oidc")).click();

        // to the issuer and back: the code exchanged with the verifier, the ministry's national view shown
        browser.waitShown("#/national");
        assertThat(issuer.exchanged.get()).isEqualTo(1);
        assertThat(issuer.refused.get()).isZero();
        assertThat(browser.driver.getCurrentUrl()).doesNotContain("code=").doesNotContain("state=");
        assertThat(browser.driver.findElement(By.id("utilisateur")).getText()).isEqualTo("Marie Dupont (ministère)");
        assertThat(browser.waitFor(By.id("chiffre-signes")).getText()).contains("contrats signés");
        browser.screenshot("oidc-national");

        browser.driver.findElement(By.id("deconnexion")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> issuer.signedOut.get() == 1);
        browser.waitShown("#/connexion");
        assertThat(browser.script("return sessionStorage.getItem('cls.session')")).isNull();
    }
}
