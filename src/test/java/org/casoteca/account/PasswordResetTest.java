package org.casoteca.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casoteca.submission.BrowserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Recovering an account by e-mail, against a real SMTP server (GreenMail) in the test JVM: the link
 * arrives, works once, points at the configured address whatever Host the request claimed, and
 * tells nobody which addresses have accounts.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasswordResetTest implements TestPropertyProvider {

  private static final Pattern LINK =
      Pattern.compile(
          "https://casoteca\\.example\\.org(/es/password/reset\\?token=[A-Za-z0-9_%-]+)");
  private static final String OLD = "an old password here";
  private static final String NEW = "a brand new password";

  private GreenMail smtp;

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Accounts accounts;
  @Inject PasswordResetRepository resets;

  @Override
  public Map<String, String> getProperties() {
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    return Map.of(
        "casoteca.mail.host", "127.0.0.1",
        "casoteca.mail.port", Integer.toString(smtp.getSmtp().getPort()),
        "casoteca.mail.from", "casoteca@example.org",
        "casoteca.mail.starttls", "false",
        "casoteca.site.public-url", "https://casoteca.example.org");
  }

  @AfterAll
  void stopSmtp() {
    smtp.stop();
  }

  private String newAccount() {
    String email = "reset-" + UUID.randomUUID().toString().substring(0, 8) + "@test.org";
    accounts.register(email, OLD);
    return email;
  }

  private HttpResponse<String> askForLink(BrowserSession browser, String email) {
    String token = browser.token("/es/password/forgot");
    return browser.send(
        HttpRequest.POST(
                "/es/password/forgot?csrfToken="
                    + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8),
                "csrfToken="
                    + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8)
                    + "&email="
                    + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8))
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .accept(MediaType.TEXT_HTML)
            // A forged Host must not end up in the link sent to the victim.
            .header("Host", "evil.example"));
  }

  private String linkMailedTo(String email) throws Exception {
    for (int attempt = 0; attempt < 100; attempt++) {
      for (MimeMessage m : smtp.getReceivedMessagesForDomain("test.org")) {
        if (m.getAllRecipients()[0].toString().equals(email)) {
          // The decoded text, as a mail reader shows it (the raw body is quoted-printable).
          String text = (String) m.getContent();
          Matcher link = LINK.matcher(text);
          assertTrue(link.find(), text);
          return link.group(1);
        }
      }
      // Event-driven wait with a deadline: returns as soon as the next mail lands.
      smtp.waitForIncomingEmail(100, smtp.getReceivedMessages().length + 1);
    }
    throw new AssertionError("no reset mail reached " + email);
  }

  @Test
  void aMailedLinkSetsANewPasswordOnceAndTheOldOneStopsWorking() throws Exception {
    String email = newAccount();
    BrowserSession browser = new BrowserSession(http);
    HttpResponse<String> asked = askForLink(browser, email);
    assertEquals(200, asked.getStatus().getCode());
    assertTrue(asked.body().contains("Si hay una cuenta con ese correo"), asked.body());

    String path = linkMailedTo(email);
    MimeMessage mail =
        smtp.getReceivedMessagesForDomain("test.org")[
            smtp.getReceivedMessagesForDomain("test.org").length - 1];
    assertEquals("Casoteca: restablecer su contraseña", mail.getSubject());

    HttpResponse<String> form = browser.get(path);
    assertEquals(200, form.getStatus().getCode());
    assertTrue(form.body().contains(email), "the form names the account");
    assertEquals("no-referrer", form.header("Referrer-Policy"));

    String token = path.substring(path.indexOf("token=") + 6);
    HttpResponse<String> saved =
        browser.postForm(
            "/es/password/reset",
            Map.of("csrfToken", browser.token(path), "token", token, "password", NEW));
    assertEquals(303, saved.getStatus().getCode(), saved.body());
    assertEquals("/es/login?reset=done", saved.header("Location"));
    assertTrue(browser.get("/es/login?reset=done").body().contains("Su contraseña se cambió"));

    assertTrue(accounts.authenticate(email, NEW).isPresent(), "the new password signs in");
    assertFalse(accounts.authenticate(email, OLD).isPresent(), "the old one no longer does");

    HttpResponse<String> again = browser.get(path);
    assertEquals(400, again.getStatus().getCode(), "a link works once");
    assertTrue(again.body().contains("ya se usó o venció"), again.body());
  }

  @Test
  void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
    String known = newAccount();
    BrowserSession browser = new BrowserSession(http);
    HttpResponse<String> unknown = askForLink(browser, "nobody-" + UUID.randomUUID() + "@test.org");
    HttpResponse<String> existing = askForLink(browser, known);
    assertEquals(existing.getStatus().getCode(), unknown.getStatus().getCode());
    assertEquals(
        existing.body().replaceAll("csrfToken[^\"]*\"[^\"]*\"", ""),
        unknown.body().replaceAll("csrfToken[^\"]*\"[^\"]*\"", ""),
        "the page does not tell which addresses have accounts");
    linkMailedTo(known);
    for (MimeMessage m : smtp.getReceivedMessagesForDomain("test.org")) {
      assertFalse(m.getAllRecipients()[0].toString().startsWith("nobody-"), "no mail to strangers");
    }
  }

  @Test
  void aShortPasswordIsRefusedNamingTheFieldAndTheLinkStaysUsable() throws Exception {
    String email = newAccount();
    BrowserSession browser = new BrowserSession(http);
    askForLink(browser, email);
    String path = linkMailedTo(email);
    String token = path.substring(path.indexOf("token=") + 6);
    HttpResponse<String> refused =
        browser.postForm(
            "/es/password/reset",
            Map.of("csrfToken", browser.token(path), "token", token, "password", "short"));
    assertEquals(400, refused.getStatus().getCode());
    assertTrue(refused.body().contains("Contraseña"), refused.body());
    assertEquals(200, browser.get(path).getStatus().getCode(), "a refused attempt spends nothing");
    assertTrue(accounts.authenticate(email, OLD).isPresent());
  }

  @Test
  void anExpiredOrForgedLinkOpensNothing() {
    String email = newAccount();
    long id = accounts.authenticate(email, OLD).orElseThrow().id();
    Instant past = Instant.now().minusSeconds(7200);
    resets.save(
        new PasswordResetRow(
            PasswordResets.hash("expired-token"), id, past, past.plusSeconds(3600), null));
    BrowserSession browser = new BrowserSession(http);
    assertEquals(400, browser.get("/es/password/reset?token=expired-token").getStatus().getCode());
    assertEquals(400, browser.get("/en/password/reset?token=made-up").getStatus().getCode());
    HttpResponse<String> post =
        browser.postForm(
            "/en/password/reset",
            Map.of(
                "csrfToken",
                browser.token("/en/password/forgot"),
                "token",
                "expired-token",
                "password",
                NEW));
    assertEquals(400, post.getStatus().getCode());
    assertTrue(post.body().contains("has been used or has expired"), post.body());
    assertTrue(accounts.authenticate(email, OLD).isPresent());
  }
}
