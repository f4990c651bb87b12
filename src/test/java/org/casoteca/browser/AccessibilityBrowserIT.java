package org.casoteca.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casoteca.WorkflowFixtures;
import org.casoteca.account.Accounts;
import org.casoteca.account.Role;
import org.casoteca.search.IndexFollower;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core (the npm package, see {@code .ci/run}) checks every kind of page in both languages in
 * headless Chromium, signed out and signed in as a curator: no violation of its default rules (WCAG
 * 2 A and AA and best practices). Skipped when Chromium, its driver or axe-core is missing.
 */
class AccessibilityBrowserIT {

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String DRIVER = "/usr/bin/chromedriver";
  private static final Path AXE =
      Path.of(System.getProperty("axe.script", "target/axe/node_modules/axe-core/axe.min.js"));

  private static final String RUN =
      "const done = arguments[arguments.length - 1];"
          + "axe.run(document, {resultTypes: ['violations']})"
          + ".then(r => done(r.violations.map(v => v.id + ' [' + v.impact + '] x' + v.nodes.length"
          + " + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))"
          + ".catch(e => done(['axe failed: ' + e]));";

  private EmbeddedServer server;
  private WebDriver browser;
  private String base;
  private String axe;

  @BeforeEach
  void start() throws IOException {
    Assumptions.assumeTrue(
        new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(),
        "needs chromium and chromium-driver");
    Assumptions.assumeTrue(Files.isRegularFile(AXE), "needs axe-core (npm) at " + AXE);
    axe = Files.readString(AXE, StandardCharsets.UTF_8);
    server = ApplicationContext.run(EmbeddedServer.class, Map.of(), "test");
    server.getApplicationContext().getBean(IndexFollower.class).catchUp();
    base = server.getURL().toString().replaceAll("/?$", "/");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--window-size=1280,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @SuppressWarnings("unchecked")
  private void check(String path, List<String> report) {
    browser.get(base + path);
    JavascriptExecutor js = (JavascriptExecutor) browser;
    // Injected as a script of the test, not of the page: the site's CSP allows no inline script.
    js.executeScript(axe);
    List<String> violations = (List<String>) js.executeAsyncScript(RUN);
    for (String v : violations) {
      report.add(path + ": " + v);
    }
  }

  @Test
  void everyKindOfPageHasNoAxeViolationsInEitherLanguage() {
    List<String> report = new ArrayList<>();
    for (String lang : List.of("es", "en")) {
      for (String page :
          List.of(
              "",
              "search?q=violencia",
              "search?country=GT&theme=vawg",
              "case-studies/sv-ciudad-mujer",
              "case-studies/tool-national-vawg-protocols",
              "about",
              "overview",
              "evidence",
              "api",
              "login",
              "register")) {
        check(lang + "/" + page, report);
      }
    }
    Accounts accounts = server.getApplicationContext().getBean(Accounts.class);
    String curator = "axe-" + System.nanoTime() + "@test.org";
    accounts.changeRole(accounts.register(curator, WorkflowFixtures.PASSWORD).id(), Role.CURATOR);
    browser.get(base + "es/login");
    browser.findElement(By.id("email")).sendKeys(curator);
    browser.findElement(By.id("password")).sendKeys(WorkflowFixtures.PASSWORD);
    browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.urlContains("/es/submissions"));
    for (String lang : List.of("es", "en")) {
      for (String page : List.of("submissions", "submissions/new", "review")) {
        check(lang + "/" + page, report);
      }
    }
    assertEquals(List.of(), report, "axe-core violations:\n" + String.join("\n", report));
  }
}
