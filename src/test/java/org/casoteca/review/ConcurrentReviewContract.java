package org.casoteca.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.casoteca.TestDatabases;
import org.casoteca.WorkflowFixtures;
import org.casoteca.WorkflowFixtures.User;
import org.casoteca.account.Accounts;
import org.casoteca.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two curators acting on one submission at the same moment, over HTTP against a real database:
 * exactly one succeeds and the other gets 409 with the current state. Subclasses say which
 * database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConcurrentReviewContract {

  private static final int ROUNDS = 6;

  private EmbeddedServer server;
  private HttpClient http;
  private WorkflowFixtures f;
  private Map<String, Object> database;

  abstract Map<String, Object> freshDatabase();

  @BeforeAll
  void start() {
    database = freshDatabase();
    Map<String, Object> properties = new HashMap<>(database);
    properties.put("casoteca.content.import-on-startup", false);
    server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
    http = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
    f = new WorkflowFixtures(http, server.getApplicationContext().getBean(Accounts.class));
  }

  @AfterAll
  void stop() {
    if (http != null) {
      http.close();
    }
    if (server != null) {
      server.close();
    }
    TestDatabases.drop(database);
  }

  @Test
  void twoCuratorsClaimAtOnceAndExactlyOneWins() throws Exception {
    User contributor = f.user(Role.CONTRIBUTOR);
    User first = f.user(Role.CURATOR);
    User second = f.user(Role.CURATOR);
    for (int round = 0; round < ROUNDS; round++) {
      long sid = submit(contributor);
      List<Outcome> outcomes = race(sid, "claim", first, second);
      assertOneWinner(outcomes, "in_review");
    }
  }

  @Test
  void twoPublicationsAtOnceAndExactlyOneWins() throws Exception {
    User contributor = f.user(Role.CONTRIBUTOR);
    User curator = f.user(Role.CURATOR);
    for (int round = 0; round < ROUNDS; round++) {
      long sid = submit(contributor);
      f.exchange(HttpRequest.POST("/api/submissions/" + sid + "/claim", Map.of()), curator);
      List<Outcome> outcomes = race(sid, "publish", curator, curator);
      assertOneWinner(outcomes, "published");
    }
  }

  private void assertOneWinner(List<Outcome> outcomes, String stateAfter) {
    long ok = outcomes.stream().filter(o -> o.status() == HttpStatus.OK).count();
    long conflict = outcomes.stream().filter(o -> o.status() == HttpStatus.CONFLICT).count();
    assertEquals(1, ok, () -> "outcomes: " + outcomes);
    assertEquals(1, conflict, () -> "outcomes: " + outcomes);
    Outcome loser =
        outcomes.stream().filter(o -> o.status() == HttpStatus.CONFLICT).findFirst().orElseThrow();
    assertEquals(stateAfter, loser.currentState(), () -> "outcomes: " + outcomes);
  }

  private List<Outcome> race(long sid, String action, User a, User b) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (User user : List.of(a, b)) {
        futures.add(
            pool.submit(
                () -> {
                  go.await();
                  return call(sid, action, user);
                }));
      }
      go.countDown();
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> future : futures) {
        outcomes.add(future.get());
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  private Outcome call(long sid, String action, User user) {
    try {
      http.toBlocking()
          .exchange(
              HttpRequest.POST("/api/submissions/" + sid + "/" + action, Map.of())
                  .bearerAuth(user.token()));
      return new Outcome(HttpStatus.OK, null);
    } catch (HttpClientResponseException e) {
      String current =
          e.getStatus() == HttpStatus.CONFLICT ? ReviewApiTest.currentState(e) : e.getMessage();
      return new Outcome(e.getStatus(), current);
    }
  }

  private long submit(User contributor) {
    var created =
        f.exchange(
            HttpRequest.POST(
                    "/api/submissions?id=" + WorkflowFixtures.newId() + "&lang=es&submit=true",
                    WorkflowFixtures.validText("carrera").getBytes(StandardCharsets.UTF_8))
                .contentType("text/markdown"),
            contributor);
    assertTrue(created.getStatus().getCode() == 201);
    return ((Number) ((Map<?, ?>) created.body().get("submission")).get("id")).longValue();
  }

  record Outcome(HttpStatus status, String currentState) {}
}
