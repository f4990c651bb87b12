package org.casoteca.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.casoteca.WorkflowFixtures;
import org.casoteca.WorkflowFixtures.User;
import org.casoteca.account.Accounts;
import org.casoteca.account.Role;
import org.casoteca.submission.BrowserSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The curator's pages: queue filters, the review view with diffs, actions and their refusals. */
@MicronautTest(transactional = false)
class ReviewPagesTest {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Accounts accounts;

  WorkflowFixtures f;
  User contributor;
  User curator;
  BrowserSession browser;

  @BeforeEach
  void signIn() {
    f = new WorkflowFixtures(http, accounts);
    contributor = f.user(Role.CONTRIBUTOR);
    curator = f.user(Role.CURATOR);
    browser = new BrowserSession(http);
    browser.login("en", curator.email(), WorkflowFixtures.PASSWORD);
  }

  @Test
  void aCuratorClaimsRequestsChangesWithAReasonAndPublishesFromThePages() {
    String id = WorkflowFixtures.newId();
    long sid = submit(id, WorkflowFixtures.validText("pagina"));
    String queue = browser.get("/en/review?state=submitted&language=es").body();
    assertTrue(queue.contains("/en/review/" + sid), "the queue lists it");
    assertTrue(browser.get("/en/review?mine=true").body().contains("No submissions match"));

    String token = browser.token("/en/review/" + sid);
    assertEquals(303, post(sid, "claim", token, Map.of("version", "1")).getStatus().getCode());
    HttpResponse<String> noReason = post(sid, "request-changes", token, Map.of("reason", " "));
    assertEquals(400, noReason.getStatus().getCode());
    assertTrue(noReason.body().contains("reason"), "the refusal says why");
    assertEquals(
        303,
        post(sid, "request-changes", token, Map.of("reason", "Add the 2019 evaluation"))
            .getStatus()
            .getCode());
    String view = browser.get("/en/review/" + sid).body();
    assertTrue(view.contains("Add the 2019 evaluation"), "the provenance log shows the reason");
    assertTrue(view.contains("Changes requested"));

    Map<String, Object> current =
        f.exchange(HttpRequest.GET("/api/submissions/" + sid), contributor).body();
    long version = ((Number) ((Map<?, ?>) current.get("submission")).get("version")).longValue();
    f.exchange(
        HttpRequest.PUT(
            "/api/submissions/" + sid,
            Map.of(
                "markdown",
                WorkflowFixtures.validText("pagina") + "\nEvaluación de 2019 añadida.\n",
                "version",
                version,
                "submit",
                true)),
        contributor);
    String resubmitted = browser.get("/en/review/" + sid).body();
    assertTrue(resubmitted.contains("Changes since the previous revision"));
    assertTrue(resubmitted.contains("diff-added"), "the diff shows the added line");
    assertTrue(resubmitted.contains("Evaluación de 2019 añadida."));

    assertEquals(303, post(sid, "claim", token, Map.of()).getStatus().getCode());
    HttpResponse<String> stale = post(sid, "publish", token, Map.of("version", "1"));
    assertEquals(409, stale.getStatus().getCode(), "a form opened at an older version");
    assertEquals(303, post(sid, "publish", token, Map.of()).getStatus().getCode());
    assertEquals(200, browser.get("/es/case-studies/" + id).getStatus().getCode());
  }

  @Test
  void anEditOfAPublishedCaseStudyIsDiffedAgainstIt() {
    BrowserSession author = new BrowserSession(http);
    author.login("es", contributor.email(), WorkflowFixtures.PASSWORD);
    String editor = author.get("/es/submissions/new?edit=sv-ciudad-mujer&l=es").body();
    assertTrue(
        editor.contains("Ciudad Mujer"),
        () ->
            "the editor starts from the published text: "
                + editor.substring(
                    Math.max(0, editor.indexOf("<main")),
                    Math.min(editor.length(), editor.indexOf("<main") + 3000)));
    String markdown =
        f.exchange(HttpRequest.GET("/api/case-studies/sv-ciudad-mujer?lang=es"), null)
                .body()
                .get("markdown")
            + "\nUna línea nueva.\n";
    var created =
        f.exchange(
            HttpRequest.POST(
                    "/api/submissions?id=sv-ciudad-mujer&lang=es&submit=true",
                    markdown.getBytes(StandardCharsets.UTF_8))
                .contentType("text/markdown"),
            contributor);
    Map<?, ?> submission = (Map<?, ?>) created.body().get("submission");
    assertEquals("edit", submission.get("kind"));
    long sid = ((Number) submission.get("id")).longValue();
    String view = browser.get("/en/review/" + sid).body();
    assertTrue(view.contains("Changes against the published version"));
    assertTrue(view.contains("Una línea nueva."));
  }

  @Test
  void administratorsChangeRolesOthersCannot() {
    User admin = f.user(Role.ADMIN);
    BrowserSession adminBrowser = new BrowserSession(http);
    adminBrowser.login("en", admin.email(), WorkflowFixtures.PASSWORD);
    String page = adminBrowser.get("/en/admin/users").body();
    assertTrue(page.contains(contributor.email()));
    String token = adminBrowser.token("/en/admin/users");
    HttpResponse<String> changed =
        adminBrowser.postForm(
            "/en/admin/users/" + contributor.account().id() + "/role",
            Map.of("csrfToken", token, "role", "curator"));
    assertEquals(303, changed.getStatus().getCode());
    assertEquals(Role.CURATOR, accounts.find(contributor.account().id()).orElseThrow().role());
    String newToken = f.token(contributor.email(), WorkflowFixtures.PASSWORD);
    assertEquals(
        200,
        http.toBlocking()
            .exchange(HttpRequest.GET("/api/review-queue").bearerAuth(newToken))
            .getStatus()
            .getCode(),
        "a promotion applies from the next sign-in");
    accounts.changeRole(curator.account().id(), Role.CONTRIBUTOR);
    assertEquals(
        403,
        f.refused(HttpRequest.GET("/api/review-queue"), curator).getStatus().getCode(),
        "a demotion applies at once, even to a token issued before");
    assertEquals(
        403,
        browser
            .postForm(
                "/en/admin/users/" + contributor.account().id() + "/role",
                Map.of("csrfToken", browser.token("/en/login"), "role", "admin"))
            .getStatus()
            .getCode());
    assertEquals(
        400,
        adminBrowser
            .postForm(
                "/en/admin/users/" + contributor.account().id() + "/role",
                Map.of("csrfToken", token, "role", "emperor"))
            .getStatus()
            .getCode());
  }

  private long submit(String id, String text) {
    var created =
        f.exchange(
            HttpRequest.POST(
                    "/api/submissions?id=" + id + "&lang=es&submit=true",
                    text.getBytes(StandardCharsets.UTF_8))
                .contentType("text/markdown"),
            contributor);
    return ((Number) ((Map<?, ?>) created.body().get("submission")).get("id")).longValue();
  }

  private HttpResponse<String> post(
      long sid, String action, String token, Map<String, String> fields) {
    Map<String, String> all = new java.util.HashMap<>(fields);
    all.put("csrfToken", token);
    return browser.postForm("/en/review/" + sid + "/" + action, all);
  }
}
