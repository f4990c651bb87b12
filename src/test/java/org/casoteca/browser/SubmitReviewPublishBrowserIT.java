package org.casoteca.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.File;
import java.time.Duration;
import java.util.Map;
import org.casoteca.WorkflowFixtures;
import org.casoteca.account.Accounts;
import org.casoteca.account.Role;
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
 * A real browser (headless Chromium) goes through the workflow: register, write and submit a case
 * study, sign out; a curator signs in, claims and publishes it; the case study is found by search.
 * Skipped when Chromium or its driver is not installed. The system driver is named explicitly, so
 * Selenium never downloads one.
 */
class SubmitReviewPublishBrowserIT {

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String DRIVER = "/usr/bin/chromedriver";

  private EmbeddedServer server;
  private WebDriver browser;
  private WebDriverWait wait;
  private String base;

  @BeforeEach
  void start() {
    Assumptions.assumeTrue(
        new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(),
        "needs chromium and chromium-driver");
    server = ApplicationContext.run(EmbeddedServer.class, Map.of(), "test");
    base = server.getURL().toString().replaceAll("/?$", "/");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--window-size=1280,1400");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
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

  private void waitFor(String urlPart) {
    try {
      wait.until(ExpectedConditions.urlContains(urlPart));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "still at " + browser.getCurrentUrl() + ":\n" + browser.getPageSource(), e);
    }
  }

  @Test
  void submitReviewPublishAndFindBySearch() {
    Accounts accounts = server.getApplicationContext().getBean(Accounts.class);
    String curatorEmail = "curator-" + System.nanoTime() + "@test.org";
    accounts.changeRole(
        accounts.register(curatorEmail, WorkflowFixtures.PASSWORD).id(), Role.CURATOR);
    String word = "navegadorprueba";
    String id = WorkflowFixtures.newId();

    browser.get(base + "es/register");
    browser.findElement(By.id("email")).sendKeys("author-" + System.nanoTime() + "@test.org");
    browser.findElement(By.id("password")).sendKeys(WorkflowFixtures.PASSWORD);
    browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
    waitFor("/es/submissions");

    browser.get(base + "es/submissions/new");
    browser.findElement(By.name("caseStudyId")).sendKeys(id);
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.getElementById('markdown').value = arguments[0];",
            WorkflowFixtures.validText(word));
    browser.findElement(By.cssSelector("button[value=preview]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), word));
    browser.findElement(By.cssSelector("button[value=submit]")).click();
    wait.until(ExpectedConditions.urlContains("done=submitted"));
    assertTrue(browser.getPageSource().contains("Enviado"));

    org.openqa.selenium.WebElement signOut =
        browser.findElement(By.cssSelector(".desk form button"));
    signOut.click();
    // Sign-out must finish before the next page is asked for, or that request still has the cookie.
    wait.until(ExpectedConditions.stalenessOf(signOut));
    browser.get(base + "es/login");
    browser.findElement(By.id("email")).sendKeys(curatorEmail);
    browser.findElement(By.id("password")).sendKeys(WorkflowFixtures.PASSWORD);
    browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("/es/submissions"));

    browser.get(base + "es/review");
    browser.findElement(By.partialLinkText(word)).click();
    browser.findElement(By.cssSelector("form[action*='/claim?'] button")).click();
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("form[action*='/publish?'] button")));
    browser.findElement(By.cssSelector("form[action*='/publish?'] button")).click();
    wait.until(ExpectedConditions.urlContains("done=publish"));

    // The index follows publications in the background: ask again until it has caught up.
    wait.until(
        d -> {
          d.get(base + "es/search?q=" + word);
          return d.findElement(By.cssSelector(".hits")).getText().contains(word);
        });
    browser.findElement(By.partialLinkText(word)).click();
    wait.until(ExpectedConditions.urlContains("/es/case-studies/" + id));
  }
}
