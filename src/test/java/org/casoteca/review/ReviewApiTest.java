package org.casoteca.review;

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
import java.util.List;
import java.util.Map;
import org.casoteca.WorkflowFixtures;
import org.casoteca.WorkflowFixtures.User;
import org.casoteca.account.Accounts;
import org.casoteca.account.Role;
import org.casoteca.search.IndexFollower;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Curators' API: each transition allowed and refused, reasons, provenance, publication. */
@MicronautTest(transactional = false)
class ReviewApiTest {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Accounts accounts;
  @Inject IndexFollower follower;

  WorkflowFixtures f;
  User contributor;
  User curator;

  @BeforeEach
  void people() {
    f = new WorkflowFixtures(http, accounts);
    contributor = f.user(Role.CONTRIBUTOR);
    curator = f.user(Role.CURATOR);
  }

  @Test
  void submitClaimRequestChangesResubmitPublishAndFindBySearch() {
    String word = "zentroamerikawort" + System.nanoTime() % 1000;
    String id = WorkflowFixtures.newId();
    long sid = submit(contributor, id, WorkflowFixtures.validText(word));
    assertEquals(0, searchTotal(word), "a submission is not public before it is published");
    assertEquals(HttpStatus.NOT_FOUND, status(HttpRequest.GET("/api/case-studies/" + id), null));
    assertEquals(HttpStatus.NOT_FOUND, status(HttpRequest.GET("/es/case-studies/" + id), null));

    assertEquals("in_review", state(act(sid, "claim", Map.of(), curator)));
    assertEquals(HttpStatus.BAD_REQUEST, status(post(sid, "request-changes", Map.of()), curator));
    assertEquals(
        "changes_requested",
        state(act(sid, "request-changes", Map.of("reason", "Cite the evaluation"), curator)));
    long version =
        version(f.exchange(HttpRequest.GET("/api/submissions/" + sid), contributor).body());
    Map<String, Object> resubmitted =
        f.exchange(
                HttpRequest.PUT(
                    "/api/submissions/" + sid,
                    Map.of(
                        "markdown",
                        WorkflowFixtures.validText(word) + "\nMás fuentes.\n",
                        "version",
                        version,
                        "submit",
                        true)),
                contributor)
            .body();
    assertEquals("submitted", state(resubmitted));
    assertEquals(2, ((List<?>) resubmitted.get("revisions")).size());

    act(sid, "claim", Map.of(), curator);
    assertEquals("published", state(act(sid, "publish", Map.of(), curator)));
    // The index follows the change log on its own thread; waiting for it to have applied every
    // committed change (not for a time) makes the check independent of the machine's speed.
    follower.catchUp();
    assertEquals(1, searchTotal(word), "searchable once the index has followed the publication");
    assertEquals(HttpStatus.OK, status(HttpRequest.GET("/api/case-studies/" + id), null));

    List<?> provenance =
        (List<?>)
            f.exchange(HttpRequest.GET("/api/submissions/" + sid), curator)
                .body()
                .get("provenance");
    assertEquals(
        List.of("create", "submit", "claim", "request_changes", "submit", "claim", "publish"),
        provenance.stream().map(p -> ((Map<?, ?>) p).get("action")).toList());
    assertEquals("Cite the evaluation", ((Map<?, ?>) provenance.get(3)).get("reason"));
    assertEquals(curator.email(), ((Map<?, ?>) provenance.get(3)).get("actor"));

    assertEquals("unpublished", state(act(sid, "unpublish", Map.of(), curator)));
    assertEquals(HttpStatus.NOT_FOUND, status(HttpRequest.GET("/api/case-studies/" + id), null));
  }

  @Test
  void contributorsCannotReviewAndAnonymousCannotWrite() {
    long sid = submit(contributor, WorkflowFixtures.newId(), WorkflowFixtures.validText("roles"));
    for (String action :
        List.of("claim", "unclaim", "request-changes", "reject", "publish", "unpublish")) {
      assertEquals(
          HttpStatus.FORBIDDEN,
          status(post(sid, action, Map.of("reason", "x")), contributor),
          action);
      assertEquals(
          HttpStatus.UNAUTHORIZED, status(post(sid, action, Map.of("reason", "x")), null), action);
    }
    assertEquals(HttpStatus.FORBIDDEN, status(HttpRequest.GET("/api/review-queue"), contributor));
    assertEquals(HttpStatus.OK, status(HttpRequest.GET("/api/review-queue"), curator));
  }

  @Test
  void illegalTransitionsAnswer409WithTheCurrentState() {
    long sid = submit(contributor, WorkflowFixtures.newId(), WorkflowFixtures.validText("ilegal"));
    HttpClientResponseException publishUnclaimed =
        f.refused(post(sid, "publish", Map.of()), curator);
    assertEquals(HttpStatus.CONFLICT, publishUnclaimed.getStatus());
    assertEquals("submitted", currentState(publishUnclaimed));
    act(sid, "claim", Map.of(), curator);
    User other = f.user(Role.CURATOR);
    HttpClientResponseException notMine = f.refused(post(sid, "publish", Map.of()), other);
    assertEquals(HttpStatus.CONFLICT, notMine.getStatus());
    assertEquals("in_review", currentState(notMine));
    assertEquals("submitted", state(act(sid, "unclaim", Map.of(), curator)));
    act(sid, "claim", Map.of(), other);
    assertEquals(
        HttpStatus.BAD_REQUEST, status(post(sid, "reject", Map.of("reason", "  ")), other));
    assertEquals("rejected", state(act(sid, "reject", Map.of("reason", "Out of scope"), other)));
    assertEquals(HttpStatus.CONFLICT, status(post(sid, "claim", Map.of()), curator));
    assertEquals(
        HttpStatus.CONFLICT,
        status(HttpRequest.POST("/api/submissions/" + sid + "/withdraw", Map.of()), contributor));
  }

  @Test
  void theQueueFiltersByStateLanguageAndClaim() {
    long sid = submit(contributor, WorkflowFixtures.newId(), WorkflowFixtures.validText("cola"));
    act(sid, "claim", Map.of(), curator);
    List<Map<String, Object>> mine =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/review-queue?mine=true&lang=es&state=in_review")
                    .bearerAuth(curator.token()),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    assertTrue(mine.stream().anyMatch(s -> ((Number) s.get("id")).longValue() == sid));
    assertTrue(mine.stream().allMatch(s -> s.get("claimed_by").equals(curator.email())));
    assertEquals(
        HttpStatus.BAD_REQUEST, status(HttpRequest.GET("/api/review-queue?state=bogus"), curator));
    assertEquals(
        HttpStatus.BAD_REQUEST, status(HttpRequest.GET("/api/review-queue?lang=fr"), curator));
  }

  private long submit(User user, String id, String text) {
    HttpResponse<Map<String, Object>> created =
        f.exchange(
            HttpRequest.POST(
                    "/api/submissions?id=" + id + "&lang=es&submit=true",
                    text.getBytes(StandardCharsets.UTF_8))
                .contentType("text/markdown"),
            user);
    return ((Number) ((Map<?, ?>) created.body().get("submission")).get("id")).longValue();
  }

  private static io.micronaut.http.MutableHttpRequest<Map<String, Object>> post(
      long sid, String action, Map<String, Object> body) {
    return HttpRequest.POST("/api/submissions/" + sid + "/" + action, body);
  }

  private Map<String, Object> act(long sid, String action, Map<String, Object> body, User user) {
    return f.exchange(post(sid, action, body), user).body();
  }

  private HttpStatus status(io.micronaut.http.MutableHttpRequest<?> request, User user) {
    try {
      if (user != null) {
        request.bearerAuth(user.token());
      }
      return http.toBlocking().exchange(request).getStatus();
    } catch (HttpClientResponseException e) {
      return e.getStatus();
    }
  }

  private long searchTotal(String word) {
    Map<String, Object> body =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/case-studies?q=" + word),
                Argument.mapOf(String.class, Object.class));
    return ((Number) body.get("total")).longValue();
  }

  private static String state(Map<String, Object> body) {
    Object inner = body.get("submission");
    return (String) (inner instanceof Map<?, ?> m ? m.get("state") : body.get("state"));
  }

  private static long version(Map<String, Object> body) {
    return ((Number) ((Map<?, ?>) body.get("submission")).get("version")).longValue();
  }

  static String currentState(HttpClientResponseException e) {
    return (String)
        e.getResponse()
            .getBody(Argument.mapOf(String.class, Object.class))
            .orElseThrow()
            .get("current-state");
  }
}
