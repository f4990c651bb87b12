package org.casoteca.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.casoteca.WorkflowFixtures;
import org.casoteca.WorkflowFixtures.User;
import org.casoteca.account.Accounts;
import org.casoteca.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Texts too deep to render (566 nested list markers once answered 500 everywhere): the preview and
 * every way of storing answer with the problem's line and column, nothing is stored, and a text
 * stored before the limits existed still gets readable editor and review pages.
 */
@MicronautTest(transactional = false)
class HostileTextTest {

  static final String DEEP = "- ".repeat(566) + "x\n";

  /** The line of {@link #DEEP} after a valid text. */
  static final int DEEP_LINE = (int) WorkflowFixtures.validText("x").lines().count() + 1;

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Accounts accounts;
  @Inject SubmissionRepository submissions;

  WorkflowFixtures f;
  User contributor;

  @BeforeEach
  void fixtures() {
    f = new WorkflowFixtures(http, accounts);
    contributor = f.user(Role.CONTRIBUTOR);
  }

  @Test
  void theLivePreviewOfADeepTextListsTheProblem() {
    HttpResponse<Map<String, Object>> preview =
        f.exchange(
            HttpRequest.POST(
                    "/api/preview?id=" + WorkflowFixtures.newId() + "&lang=es",
                    (WorkflowFixtures.validText("hondo") + DEEP).getBytes(StandardCharsets.UTF_8))
                .contentType("text/markdown"),
            contributor);
    assertEquals(HttpStatus.OK, preview.getStatus());
    assertEquals("", preview.body().get("html"));
    assertTrue(
        problems(preview.body()).stream().anyMatch(p -> line(p) == DEEP_LINE),
        () -> "the problem names the deep line: " + preview.body());
  }

  @Test
  void aDeepDraftIsRefusedEvenWithBrokenFrontMatterAndNothingIsStored() {
    String text = "---\ntitle: 3\n---\n" + DEEP;
    HttpClientResponseException refused =
        f.refused(
            HttpRequest.POST(
                    "/api/submissions?id=" + WorkflowFixtures.newId() + "&lang=es",
                    text.getBytes(StandardCharsets.UTF_8))
                .contentType("text/markdown"),
            contributor);
    assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
    Map<String, Object> body =
        refused.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElseThrow();
    assertTrue(
        problems(body).stream()
            .anyMatch(p -> line(p) == 4 && p.get("message").toString().contains("deep")),
        () -> "problems: " + body);
    List<Map> mine =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/submissions").bearerAuth(contributor.token()),
                Argument.listOf(Map.class));
    assertTrue(mine.isEmpty(), () -> "nothing is kept: " + mine);
  }

  @Test
  void aDeepTextStoredBeforeTheLimitsStillHasReadablePages() {
    String text = WorkflowFixtures.validText("antiguo") + DEEP;
    Instant now = Instant.now();
    SubmissionRow row =
        submissions.save(
            new SubmissionRow(
                null,
                WorkflowFixtures.newId(),
                "es",
                "new",
                contributor.account().id(),
                SubmissionState.SUBMITTED.column(),
                null,
                text,
                SubmissionChecker.sha256(text.getBytes(StandardCharsets.UTF_8)),
                "Programa antiguo",
                "tool",
                1,
                0,
                now,
                now));
    BrowserSession author = new BrowserSession(http);
    author.login("es", contributor.email(), WorkflowFixtures.PASSWORD);
    HttpResponse<String> editor = author.get("/es/submissions/" + row.id());
    assertEquals(200, editor.getStatus().getCode());
    assertTrue(editor.body().contains(DEEP_LINE + ":"), "the editor lists the deep line");

    User curator = f.user(Role.CURATOR);
    BrowserSession review = new BrowserSession(http);
    review.login("en", curator.email(), WorkflowFixtures.PASSWORD);
    HttpResponse<String> page = review.get("/en/review/" + row.id());
    assertEquals(200, page.getStatus().getCode());
    assertTrue(page.body().contains("nested"), "the review page says what is wrong");
  }

  private static int line(Map<String, Object> problem) {
    return ((Number) problem.get("line")).intValue();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> problems(Map<String, Object> body) {
    return (List<Map<String, Object>>) body.get("problems");
  }
}
