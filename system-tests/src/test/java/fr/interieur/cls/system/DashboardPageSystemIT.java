package fr.interieur.cls.system;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.cls.testsupport.Http;
import fr.interieur.cls.testsupport.ServiceProcess;
import fr.interieur.cls.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard page in headless Chromium, against both services run as processes with the embedded run's
 * settings ("today" is 31 December 2002, demo users on): each demo user signs in, opens each view it may, and
 * sees on screen what the API answers; a screenshot of each view goes to
 * {@code target/screenshots/<user>-<view>.png}. Figures are compared with the API's answers at the time, since
 * other tests of the run write to the same database.
 * <p>
 * Needs Debian's {@code chromium} and {@code chromium-driver} ({@code .ci/run} installs them). Without them the
 * tests are skipped, unless {@code CLS_BROWSER_TESTS=required} (as {@code .ci/run} sets it), when they fail.
 */
class DashboardPageSystemIT {

    static ServiceProcess commands;
    static ServiceProcess queries;
    static PageData data;
    static Browser browser;
    static Http api;

    @BeforeAll
    static void start() {
        if (!Browser.installed()) {
            String install = "install Debian's chromium and chromium-driver (apt-get install -y chromium "
                             + "chromium-driver), or run .ci/run as root";
            if ("required".equals(System.getenv("CLS_BROWSER_TESTS"))) {
                throw new IllegalStateException("no " + Browser.CHROMIUM + " or " + Browser.CHROMEDRIVER + ": " + install);
            }
            Assumptions.abort("browser tests skipped: " + install);
        }
        Map<String, String> embeddedRun = Map.of("CLS_TODAY", "2002-12-31", "CLS_UI_DEMO_USERS", "true",
                                                 "CLS_QUERY_POLL_INTERVAL", "200ms");
        commands = Services.commandSide(embeddedRun);
        queries = Services.querySide(embeddedRun);
        data = new PageData(commands.baseUrl()).load();
        api = Http.at(queries.baseUrl() + "/api/v1");
        // the page reads what the projections hold: wait until they have this data
        Http.Response caughtUp = api.token(TestTokens.role("INSPECTION"))
                                    .get("/timeline?departement=13&minPosition=" + data.position);
        assertThat(caughtUp.status()).as(caughtUp.toString()).isEqualTo(200);
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
        if (commands != null) {
            commands.close();
        }
    }

    @BeforeEach
    void oneWindow() {
        Set<String> windows = browser.driver.getWindowHandles();
        if (windows.size() > 1) {
            String first = windows.iterator().next();
            for (String window : windows) {
                if (!window.equals(first)) {
                    browser.driver.switchTo().window(window).close();
                }
            }
            browser.driver.switchTo().window(first);
        }
    }

    @Test
    void theSignInPageOffersTheDemoUsers() {
        browser.driver.get(queries.baseUrl() + "/");
        browser.script("sessionStorage.clear(); location.reload();");
        browser.waitShown("#/connexion");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Connexion");
        List<String> users = browser.driver.findElements(By.cssSelector("button.profil")).stream()
                                           .map(button -> button.getAttribute("data-user")).toList();
        assertThat(users).containsExactly("prefecture-69", "prefecture-93", "prefecture-13", "ministere", "inspection",
                                          "auditeur");
        assertThat(browser.mainText()).contains("Préfecture du Rhône", "Auditeur");
        browser.screenshot("connexion");
    }

    @Test
    void theMinistryReadsTheNationalViewThenADepartementItsSectorsAContractAndTheReport() {
        assertThat(browser.signInAs("ministere")).isEqualTo("#/national");
        JsonNode national = api.token(TestTokens.role("MINISTRY")).get("/dashboard/national").json();
        assertThat(figure("chiffre-signes")).isEqualTo(national.path("contracts").path("signed").asLong());
        assertThat(figure("chiffre-preparation")).isEqualTo(national.path("contracts").path("inPreparation").asLong());
        assertThat(figure("chiffre-termines")).isEqualTo(national.path("contracts").path("ended").asLong());
        assertThat(figure("chiffre-population")).isEqualTo(national.path("populationCovered").path("signed").asLong());
        assertThat(figure("chiffre-lacunes")).isEqualTo(
                national.path("districtsWithProximityPolicingNotFullyCovered").path("count").asLong());
        assertThat(text("table-departements")).contains("Rhône (69)", "Bouches-du-Rhône (13)");
        assertThat(text("table-signalements")).contains("Comité de pilotage en retard", "Secteurs non couverts");
        browser.screenshot("ministere-national");

        browser.driver.findElement(By.id("table-departements")).findElement(By.linkText("Rhône (69)")).click();
        browser.waitShown("#/departements/69");
        WebElement lyon = contractRow(data.contractTitle);
        assertThat(lyon.getText()).contains("Signé", "Comité de pilotage en retard", "Diagnostic à actualiser");
        assertThat(contractRow(data.draftTitle).getText()).contains("En préparation", "Diagnostic absent");
        assertThat(text("table-contrats")).doesNotContain(data.marseilleTitle);
        browser.screenshot("ministere-departement");

        browser.driver.findElement(By.id("lien-secteurs")).click();
        browser.waitShown("#/departements/69/secteurs");
        WebElement uncovered = sectorRow(data.uncoveredSectorName);
        assertThat(uncovered.getAttribute("class")).contains("non-couvert");
        assertThat(uncovered.getText()).contains("Non couvert", "aucun contrat");
        assertThat(sectorRow("Lyon 9e — La Duchère " + data.suffix).getText()).contains("Couvert", data.contractTitle);
        browser.screenshot("ministere-secteurs");

        browser.show("#/contrats/" + data.contract);
        assertChartDrawn();
        assertThat(text("table-partenaires")).contains("Association <b>lyonnaise</b> de médiation");
        assertThat(text("chronologie")).contains("réservée aux préfectures");
        browser.screenshot("ministere-contrat");

        browser.show("#/departements/69");
        new Select(browser.driver.findElement(By.id("bilan-annee"))).selectByValue("2002");
        String page = browser.driver.getWindowHandle();
        browser.driver.findElement(By.id("bilan-ouvrir")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> d.getWindowHandles().size() > 1);
        String report = browser.driver.getWindowHandles().stream().filter(w -> !w.equals(page)).findFirst().orElseThrow();
        browser.driver.switchTo().window(report);
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> d.getTitle().startsWith("Bilan annuel"));
        assertThat(browser.driver.getTitle()).isEqualTo("Bilan annuel des contrats locaux de sécurité — Rhône — 2002");
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains(data.contractTitle);
        // the report's own style sheet applies (h2 in the report's blue), though the page's policy blocks inline styles
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d ->
                "rgb(0, 0, 145)".equals(browser.script("return getComputedStyle(document.querySelector('h2')).color")));
        browser.screenshot("ministere-bilan");
        browser.driver.close();
        browser.driver.switchTo().window(page);
    }

    @Test
    void aPrefectureReadsItsDepartementAndNoOther() {
        assertThat(browser.signInAs("prefecture-69")).isEqualTo("#/departements/69");
        JsonNode rhone = api.token(TestTokens.prefecture("69")).get("/dashboard/departements/69").json();
        assertThat(figure("chiffre-signes")).isEqualTo(rhone.path("contracts").path("signed").asLong());
        assertThat(figure("chiffre-preparation")).isEqualTo(rhone.path("contracts").path("inPreparation").asLong());
        assertThat(figure("chiffre-population")).isEqualTo(rhone.path("populationCovered").path("signed").asLong());
        assertThat(contractRow(data.contractTitle).getText()).contains("Comité de pilotage en retard");
        assertThat(browser.driver.findElement(By.id("navigation")).getText())
                .contains("Département : Rhône (69)", "Situation par secteur", "Chronologie")
                .doesNotContain("Tableau de bord national");
        browser.screenshot("prefecture-69-departement");

        browser.show("#/departements/69/secteurs");
        assertThat(sectorRow(data.uncoveredSectorName).getText()).contains("Non couvert");
        browser.screenshot("prefecture-69-secteurs");

        browser.show("#/contrats/" + data.contract);
        assertChartDrawn();
        String timeline = text("liste-chronologie");
        assertThat(timeline).contains("Contrat signé le 20/05/2001",
                                      "Comité de pilotage du 15/01/2002 présidé par Préfet du Rhône",
                                      "Bureau de la sécurité, préfecture du Rhône", "Signature en mairie");
        assertThat(text("signalements")).contains("Comité de pilotage en retard", "Pas de comité de pilotage depuis");
        browser.screenshot("prefecture-69-contrat");

        browser.show("#/departements/13");
        assertThat(browser.mainText()).contains("Accès refusé", "Bouches-du-Rhône (13)")
                                      .doesNotContain(data.marseilleTitle);
        browser.screenshot("prefecture-69-refus");
        browser.show("#/national");
        assertThat(browser.mainText()).contains("Accès refusé", "réservé au ministère");
        browser.show("#/contrats/" + data.marseille);
        assertThat(browser.mainText()).contains("Accès refusé").doesNotContain(data.marseilleTitle);
        browser.show("#/departements/13/secteurs");
        assertThat(browser.mainText()).contains("Accès refusé");
    }

    @Test
    void theOtherPrefecturesLandOnTheirOwnDepartement() {
        assertThat(browser.signInAs("prefecture-13")).isEqualTo("#/departements/13");
        assertThat(text("table-contrats")).contains(data.marseilleTitle).doesNotContain(data.contractTitle);
        browser.screenshot("prefecture-13-departement");
        assertThat(browser.signInAs("prefecture-93")).isEqualTo("#/departements/93");
        assertThat(browser.mainText()).contains("Département : Seine-Saint-Denis (93)");
        browser.screenshot("prefecture-93-departement");
    }

    @Test
    void anInspectorReadsTimelinesAcrossContracts() {
        assertThat(browser.signInAs("inspection")).isEqualTo("#/national");
        browser.screenshot("inspection-national");

        browser.show("#/chronologie?departement=69&theme=MEDIATION");
        assertThat(text("liste-chronologie")).contains("Action « Correspondants de nuit » (médiation)",
                                                       data.contract);
        browser.screenshot("inspection-chronologie");

        browser.show("#/contrats/" + data.contract);
        assertThat(text("liste-chronologie")).contains("Contrat signé le 20/05/2001", "Signature en mairie");
        browser.screenshot("inspection-contrat");
    }

    @Test
    void anAuditorSeesTheContractsStateAndItsVerifiedLog() {
        assertThat(browser.signInAs("auditeur")).isEqualTo("#/national");
        browser.screenshot("auditeur-national");
        Http auditor = api.token(TestTokens.role("AUDITOR"));
        Http.Response verify = auditor.get("/audit/verify?contractId=" + data.contract);
        Assumptions.assumeTrue(verify.status() != 404,
                               "the audit endpoints are not in this build yet: " + verify);
        long version = auditor.get("/contracts/" + data.contract).json().path("version").asLong();

        browser.show("#/contrats/" + data.contract);
        browser.driver.findElement(By.id("lien-audit")).click();
        browser.waitShown("#/contrats/" + data.contract + "/audit");
        assertThat(text("resultat-verification")).contains("Journal vérifié", "vérifiés");
        assertThat(browser.driver.findElements(By.cssSelector("#table-evenements tbody tr"))).hasSize((int) version);
        assertThat(text("evenements")).contains("ContractSigned", "Signature en mairie");
        new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> text("etat-resultat").contains("version " + version + " sur " + version));
        browser.driver.findElement(By.cssSelector("#form-difference button")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.id("table-differences")).isEmpty()
                            || text("difference-resultat").contains("Aucune différence"));
        assertThat(text("difference-resultat")).contains("Différences entre la version " + (version - 1));
        browser.screenshot("auditeur-audit");

        // the state as of an instant: the date picker comes set to when the last event was recorded
        browser.driver.findElement(By.cssSelector("#form-etat-date button")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> text("etat-resultat").startsWith("État au ")
                            && text("etat-resultat").contains("version " + version + " sur " + version));

        // the state as it was after the signature (its version is the signature's sequence + 1)
        browser.driver.findElement(By.id("etat-version")).clear();
        browser.driver.findElement(By.id("etat-version")).sendKeys("10");
        browser.driver.findElement(By.cssSelector("#form-etat-version button")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> text("etat-resultat").contains("version 10 sur " + version));
        browser.screenshot("auditeur-audit-version");
    }

    /** A key figure of a dashboard, as its digits say it (French grouping spaces left out). */
    private static long figure(String id) {
        String shown = browser.waitFor(By.cssSelector("#" + id + " .chiffre-valeur")).getText();
        return Long.parseLong(shown.replaceAll("[^0-9]", ""));
    }

    private static String text(String id) {
        return browser.waitFor(By.id(id)).getText();
    }

    private static WebElement contractRow(String title) {
        return browser.waitFor(By.id("table-contrats")).findElements(By.cssSelector("tbody tr")).stream()
                      .filter(row -> row.getText().contains(title)).findFirst()
                      .orElseThrow(() -> new AssertionError("no row for " + title + " in " + text("table-contrats")));
    }

    private static WebElement sectorRow(String name) {
        return browser.driver.findElements(By.cssSelector("section.circonscription tbody tr")).stream()
                             .filter(row -> row.getText().contains(name)).findFirst()
                             .orElseThrow(() -> new AssertionError("no row for sector " + name + " in "
                                                                   + browser.mainText()));
    }

    /** The indicator's canvas is in the page, and Chart.js drew a chart on it. */
    private static void assertChartDrawn() {
        browser.waitFor(By.id("graphique-1"));
        assertThat(browser.script("return !!window.Chart && !!Chart.getChart(document.getElementById('graphique-1'));"))
                .isEqualTo(true);
        assertThat(text("plan-action")).contains("Interventions de nuit", "objectif 400",
                                                 "4 mesures, la dernière : 310 interventions au 15/12/2002");
    }
}
