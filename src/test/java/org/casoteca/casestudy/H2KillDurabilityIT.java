package org.casoteca.casestudy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 2xx on the embedded H2 default means the data is on disk: the packaged application is killed
 * (kill -9) while contributors save and a curator publishes, and after a restart every acknowledged
 * submission and publication is there.
 */
class H2KillDurabilityIT {

  private static final int WRITERS = 3;
  private static final int ACKNOWLEDGED_BEFORE_KILL = 40;
  private static final List<String> NO_IMPORT =
      List.of("-Dcasoteca.content.import-on-startup=false");

  @TempDir Path home;
  private PackagedApp app;

  @AfterEach
  void stop() throws InterruptedException {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void everyAcknowledgedWriteSurvivesKillNine() throws Exception {
    Files.createDirectories(home.resolve("content"));
    Files.copy(Path.of("content", "taxonomy.yml"), home.resolve("content/taxonomy.yml"));
    app = new PackagedApp(home, "admin@durability.test");

    app.start("first", NO_IMPORT);
    app.awaitUp();
    String token = app.adminToken();
    Set<String> submitted = ConcurrentHashMap.newKeySet();
    Set<String> published = ConcurrentHashMap.newKeySet();
    AtomicInteger acknowledged = new AtomicInteger();
    CountDownLatch enough = new CountDownLatch(1);
    List<Thread> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      Thread t =
          new Thread(
              () -> {
                for (int i = 0; ; i++) {
                  String id = "kill-" + writer + "-" + i;
                  try {
                    HttpResponse<String> created = app.submit(token, id, text(id));
                    if (created.statusCode() != 201) {
                      return;
                    }
                    submitted.add(id);
                    // The first writer also publishes every third of its submissions.
                    if (writer == 0 && i % 3 == 0) {
                      String sid =
                          PackagedApp.submissionId(created.body())
                              .orElseThrow(
                                  () ->
                                      new AssertionError("no submission id in " + created.body()));
                      if (app.act(token, sid, "claim") == 200
                          && app.act(token, sid, "publish") == 200) {
                        published.add(id);
                      }
                    }
                  } catch (IOException | InterruptedException e) {
                    return; // the server is gone
                  }
                  if (acknowledged.incrementAndGet() >= ACKNOWLEDGED_BEFORE_KILL) {
                    enough.countDown();
                  }
                }
              });
      t.setDaemon(true);
      t.start();
      writers.add(t);
    }
    assertTrue(enough.await(5, TimeUnit.MINUTES), () -> "writers stalled; log:\n" + app.log());
    app.kill();
    for (Thread t : writers) {
      t.join();
    }
    assertTrue(published.size() >= 2, "the run published something: " + published);
    System.out.printf(
        "kill -9 after %d acknowledged submissions and %d publications%n",
        submitted.size(), published.size());

    app.start("second", NO_IMPORT);
    app.awaitUp();
    String again = app.adminToken();
    String mine = app.get("/api/submissions", again).body();
    List<String> lost = new ArrayList<>();
    for (String id : submitted) {
      if (!mine.contains("\"case_study_id\":\"" + id + "\"")) {
        lost.add(id);
      }
    }
    assertEquals(
        List.of(),
        lost,
        "of " + submitted.size() + " acknowledged submissions these were lost after kill -9");
    List<String> unpublished = new ArrayList<>();
    for (String id : published) {
      if (app.get("/api/case-studies/" + id, null).statusCode() != 200) {
        unpublished.add(id);
      }
    }
    assertEquals(
        List.of(),
        unpublished,
        "of " + published.size() + " acknowledged publications these were lost after kill -9");
  }

  private static String text(String id) {
    return "---\n"
        + "title: \"Programa "
        + id
        + "\"\n"
        + "summary: \"Un caso de prueba guardado mientras el proceso muere.\"\n"
        + "collection: tool\n"
        + "countries: [GT]\n"
        + "themes: [vawg]\n"
        + "evidence:\n"
        + "  rating: practice_based\n"
        + "sources:\n"
        + "  - title: \"Fuente\"\n"
        + "    url: \"https://example.org/fuente\"\n"
        + "updated: 2026-11-28\n"
        + "---\n\n"
        + "## Contexto\n\n"
        + "El programa atiende a mujeres.\n";
  }
}
