package org.casoteca.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casoteca.WorkflowFixtures;
import org.casoteca.WorkflowFixtures.User;
import org.casoteca.submission.BrowserSession;
import org.junit.jupiter.api.Test;

/** Without a mail server, an administrator issues a one-time reset link; nobody else can. */
@MicronautTest(transactional = false)
class AdminResetLinkTest {

  private static final Pattern LINK =
      Pattern.compile("value=\"https?://[^/\"]+(/en/password/reset\\?token=[^\"]+)\"");

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Accounts accounts;

  @Test
  void theForgotPageSaysToAskAnAdministratorWhenNoMailIsConfigured() {
    HttpResponse<String> page = new BrowserSession(http).get("/en/password/forgot");
    assertEquals(200, page.getStatus().getCode());
    assertTrue(page.body().contains("This site sends no e-mail"), page.body());
    assertFalse(page.body().contains("name=\"email\""), "no form that would do nothing");
    assertTrue(new BrowserSession(http).get("/en/login").body().contains("/en/password/forgot"));
  }

  @Test
  void anAdministratorIssuesALinkThatWorksOnceForTheOwner() {
    WorkflowFixtures f = new WorkflowFixtures(http, accounts);
    User admin = f.user(Role.ADMIN);
    User owner = f.user(Role.CONTRIBUTOR);
    BrowserSession desk = new BrowserSession(http);
    desk.login("en", admin.email(), WorkflowFixtures.PASSWORD);
    HttpResponse<String> issued =
        desk.postForm(
            "/en/admin/users/" + owner.account().id() + "/reset-link",
            Map.of("csrfToken", desk.token("/en/admin/users")));
    assertEquals(200, issued.getStatus().getCode(), issued.body());
    assertEquals("no-store", issued.header("Cache-Control"));
    assertTrue(issued.body().contains(owner.email()));
    Matcher link = LINK.matcher(issued.body());
    assertTrue(link.find(), issued.body());
    String path = link.group(1).replace("&amp;", "&");

    BrowserSession ownerBrowser = new BrowserSession(http);
    String token = path.substring(path.indexOf("token=") + 6);
    HttpResponse<String> saved =
        ownerBrowser.postForm(
            "/en/password/reset",
            Map.of(
                "csrfToken",
                ownerBrowser.token(path),
                "token",
                token,
                "password",
                "a fresh secret 123"));
    assertEquals(303, saved.getStatus().getCode(), saved.body());
    assertTrue(accounts.authenticate(owner.email(), "a fresh secret 123").isPresent());
    assertEquals(400, ownerBrowser.get(path).getStatus().getCode());
  }

  @Test
  void aContributorCannotIssueLinks() {
    WorkflowFixtures f = new WorkflowFixtures(http, accounts);
    User contributor = f.user(Role.CONTRIBUTOR);
    User other = f.user(Role.CONTRIBUTOR);
    BrowserSession browser = new BrowserSession(http);
    browser.login("en", contributor.email(), WorkflowFixtures.PASSWORD);
    HttpResponse<String> refused =
        browser.postForm(
            "/en/admin/users/" + other.account().id() + "/reset-link",
            Map.of("csrfToken", browser.token("/en/submissions")));
    assertEquals(403, refused.getStatus().getCode());
  }
}
