package org.casoteca.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.casoteca.WorkflowFixtures;
import org.casoteca.WorkflowFixtures.User;
import org.casoteca.account.Accounts;
import org.casoteca.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contributors' API: validation with line and column, exact text, drafts, visibility. */
@MicronautTest(transactional = false)
class SubmissionApiTest {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Accounts accounts;

  WorkflowFixtures f;

  @BeforeEach
  void fixtures() {
    f = new WorkflowFixtures(http, accounts);
  }

  @Test
  void wrongPasswordsAreRefusedAndTheTokenWorksAsBearer() {
    User c = f.user(Role.CONTRIBUTOR);
    HttpClientResponseException wrong =
        f.refused(
            HttpRequest.POST(
                "/api/auth/token", Map.of("email", c.email(), "password", "wrong password!")),
            null);
    assertEquals(HttpStatus.UNAUTHORIZED, wrong.getStatus());
    assertEquals(
        HttpStatus.UNAUTHORIZED, f.refused(HttpRequest.GET("/api/submissions"), null).getStatus());
    assertEquals(
        HttpStatus.OK,
        http.toBlocking()
            .exchange(HttpRequest.GET("/api/submissions").bearerAuth(c.token()))
            .getStatus());
  }

  @Test
  void theMarkdownIsStoredExactlyAsSent() {
    User c = f.user(Role.CONTRIBUTOR);
    String text = WorkflowFixtures.validText("exacto");
    HttpResponse<Map<String, Object>> created =
        f.exchange(
            HttpRequest.POST(
                    "/api/submissions?id=" + WorkflowFixtures.newId() + "&lang=es&submit=true",
                    text.getBytes(StandardCharsets.UTF_8))
                .contentType("text/markdown"),
            c);
    assertEquals(HttpStatus.CREATED, created.getStatus());
    Map<String, Object> submission = submission(created.body());
    assertEquals(text, submission.get("markdown"));
    assertEquals("submitted", submission.get("state"));
    assertEquals(1, ((Number) submission.get("revision")).intValue());
  }

  @Test
  void anInvalidTextIsRefusedWithEveryProblemAndItsLineAndColumn() {
    User c = f.user(Role.CONTRIBUTOR);
    String text =
        WorkflowFixtures.validText("malo")
            .replace("countries: [GT]", "countries: [XX]")
            .replace("themes: [vawg]", "themes: [nothing-like-this]");
    HttpClientResponseException e =
        f.refused(
            HttpRequest.POST(
                    "/api/submissions",
                    Map.of(
                        "id",
                        WorkflowFixtures.newId(),
                        "lang",
                        "es",
                        "markdown",
                        text,
                        "submit",
                        true))
                .contentType(MediaType.APPLICATION_JSON),
            c);
    assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
    assertEquals(
        "application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
    Map<String, Object> body =
        e.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElseThrow();
    List<?> problems = (List<?>) body.get("problems");
    assertEquals(2, problems.size(), () -> "problems: " + problems);
    Map<?, ?> first = (Map<?, ?>) problems.get(0);
    assertEquals(5, ((Number) first.get("line")).intValue());
    assertTrue(((Number) first.get("column")).intValue() > 1);
  }

  @Test
  void anInvalidDraftIsKeptWithItsProblemsListed() {
    User c = f.user(Role.CONTRIBUTOR);
    String text = "---\ntitle: \"Borrador\"\n---\nsin terminar";
    HttpResponse<Map<String, Object>> created =
        f.exchange(
            HttpRequest.POST(
                    "/api/submissions?id=" + WorkflowFixtures.newId() + "&lang=es",
                    text.getBytes(StandardCharsets.UTF_8))
                .contentType("text/markdown"),
            c);
    assertEquals("draft", submission(created.body()).get("state"));
    assertEquals(text, submission(created.body()).get("markdown"));
    assertFalse(((List<?>) created.body().get("problems")).isEmpty());
    long id = ((Number) submission(created.body()).get("id")).longValue();
    HttpClientResponseException submit =
        f.refused(HttpRequest.POST("/api/submissions/" + id + "/submit", Map.of()), c);
    assertEquals(HttpStatus.BAD_REQUEST, submit.getStatus());
  }

  @Test
  void bytesThatCannotBeStoredAreRefusedWithWhereTheyAre() {
    User c = f.user(Role.CONTRIBUTOR);
    byte[] invalidUtf8 = "---\ntitle: \"a\u00e9\"\n---\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[invalidUtf8.length + 2];
    System.arraycopy(invalidUtf8, 0, bad, 0, invalidUtf8.length);
    bad[invalidUtf8.length] = (byte) 0xC3;
    bad[invalidUtf8.length + 1] = (byte) 0x28;
    for (byte[] body :
        List.of(bad, "---\ntitle: a\u0000\n---\n".getBytes(StandardCharsets.UTF_8))) {
      HttpClientResponseException e =
          f.refused(
              HttpRequest.POST("/api/submissions?id=" + WorkflowFixtures.newId() + "&lang=es", body)
                  .contentType("text/markdown"),
              c);
      assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
    }
  }

  @Test
  void othersCannotSeeASubmission() {
    User owner = f.user(Role.CONTRIBUTOR);
    User other = f.user(Role.CONTRIBUTOR);
    long id = create(owner, WorkflowFixtures.validText("ajeno"), false);
    assertEquals(
        HttpStatus.NOT_FOUND,
        f.refused(HttpRequest.GET("/api/submissions/" + id), other).getStatus());
    assertEquals(
        HttpStatus.NOT_FOUND,
        f.refused(HttpRequest.POST("/api/submissions/" + id + "/withdraw", Map.of()), other)
            .getStatus());
    assertEquals(
        HttpStatus.OK, f.exchange(HttpRequest.GET("/api/submissions/" + id), owner).getStatus());
  }

  @Test
  void anEditOpenedAtAnOlderVersionIsAConflictNotALoss() {
    User c = f.user(Role.CONTRIBUTOR);
    long id = create(c, WorkflowFixtures.validText("version"), false);
    f.exchange(
        HttpRequest.PUT(
            "/api/submissions/" + id,
            Map.of("markdown", WorkflowFixtures.validText("uno"), "version", 0)),
        c);
    HttpClientResponseException stale =
        f.refused(
            HttpRequest.PUT(
                "/api/submissions/" + id,
                Map.of("markdown", WorkflowFixtures.validText("dos"), "version", 0)),
            c);
    assertEquals(HttpStatus.CONFLICT, stale.getStatus());
    assertEquals(
        "draft",
        stale
            .getResponse()
            .getBody(Argument.mapOf(String.class, Object.class))
            .orElseThrow()
            .get("current-state"));
  }

  @Test
  void aContributorWithdrawsAndCannotResubmit() {
    User c = f.user(Role.CONTRIBUTOR);
    long id = create(c, WorkflowFixtures.validText("retiro"), true);
    Map<String, Object> withdrawn =
        f.exchange(HttpRequest.POST("/api/submissions/" + id + "/withdraw", Map.of()), c).body();
    assertEquals("withdrawn", submission(withdrawn).get("state"));
    HttpClientResponseException again =
        f.refused(HttpRequest.POST("/api/submissions/" + id + "/submit", Map.of()), c);
    assertEquals(HttpStatus.CONFLICT, again.getStatus());
    List<?> provenance = (List<?>) withdrawn.get("provenance");
    assertEquals(
        List.of("create", "submit", "withdraw"),
        provenance.stream().map(p -> ((Map<?, ?>) p).get("action")).toList());
  }

  private long create(User user, String text, boolean submit) {
    HttpResponse<Map<String, Object>> created =
        f.exchange(
            HttpRequest.POST(
                    "/api/submissions?id=" + WorkflowFixtures.newId() + "&lang=es&submit=" + submit,
                    text.getBytes(StandardCharsets.UTF_8))
                .contentType("text/markdown"),
            user);
    assertNotNull(created.body());
    return ((Number) submission(created.body()).get("id")).longValue();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> submission(Map<String, Object> body) {
    return (Map<String, Object>) body.get("submission");
  }
}
