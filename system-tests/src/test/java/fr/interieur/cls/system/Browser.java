package fr.interieur.cls.system;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven through chromedriver, for the dashboard page's tests. The network is closed
 * where the tests run: everything that makes Chromium phone home is off (it would wait for it), and it starts
 * with a fresh profile every time.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();
    private static final int WIDTH = 1400;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;

    private Browser(ChromeDriver driver, String baseUrl, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.profile = profile;
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static Browser open(String baseUrl) {
        try {
            Path profile = Files.createTempDirectory("cls-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                                 "--no-first-run", "--user-data-dir=" + profile, "--window-size=" + WIDTH + ",1000",
                                 "--lang=fr-FR", "--force-device-scale-factor=1");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(PATIENCE).scriptTimeout(PATIENCE);
            Files.createDirectories(SCREENSHOTS);
            return new Browser(driver, baseUrl, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs in as a demo user from a fresh sign-in page, and waits for the view it lands on. */
    String signInAs(String user) {
        driver.get(baseUrl + "/#/connexion");
        script("sessionStorage.clear(); location.reload();");
        waitFor(By.id("profil-" + user)).click();
        new WebDriverWait(driver, PATIENCE).until(d -> {
            String shown = (String) script("return document.getElementById('contenu').dataset.rendu || '';");
            return !shown.isEmpty() && !shown.equals("#/connexion") ? shown : null;
        });
        return currentView();
    }

    /** Goes to a view of the page (#/…) and waits until it is fully shown. */
    void show(String hash) {
        script("location.hash = arguments[0];", hash);
        waitShown(hash);
    }

    void waitShown(String hash) {
        new WebDriverWait(driver, PATIENCE)
                .withMessage(() -> "view " + hash + " not shown; page says: " + mainText())
                .until(d -> hash.equals(script("return document.getElementById('contenu').dataset.rendu || '';")));
    }

    String currentView() {
        return (String) script("return document.getElementById('contenu').dataset.rendu || '';");
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, PATIENCE).withMessage(() -> by + " not found; page says: " + mainText())
                                                  .until(d -> d.findElements(by).stream().findFirst().orElse(null));
    }

    String mainText() {
        try {
            return driver.findElement(By.id("contenu")).getText();
        } catch (RuntimeException e) {
            return "(no page)";
        }
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The whole page (not only the window) as target/screenshots/{name}.png. */
    Path screenshot(String name) {
        return screenshot(driver, name);
    }

    static Path screenshot(WebDriver driver, String name) {
        Dimension before = driver.manage().window().getSize();
        Number height = (Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        driver.manage().window().setSize(new Dimension(WIDTH, Math.min(height.intValue() + 140, 12_000)));
        try {
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temporary directory left behind
            }
        }
    }
}
