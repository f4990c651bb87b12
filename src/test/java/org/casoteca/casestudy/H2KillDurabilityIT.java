package org.casoteca.casestudy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 2xx on the embedded H2 default means the data is on disk: the packaged application is killed
 * (kill -9) while contributors save and a curator publishes, and after a restart every acknowledged
 * submission and publication is there.
 */
class H2KillDurabilityIT {

  private static final String ADMIN = "admin@durability.test";
  private static final String PASSWORD = "correct horse battery";
  private static final int WRITERS = 3;
  private static final int ACKNOWLEDGED_BEFORE_KILL = 40;
  private static final Pattern SUBMISSION_ID = Pattern.compile("\"submission\":\\{\"id\":(\\d+)");

  @TempDir Path home;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Process app;

  @AfterEach
  void stop() {
    if (app != null) {
      app.destroyForcibly();
    }
  }

  @Test
  void everyAcknowledgedWriteSurvivesKillNine() throws Exception {
    Files.createDirectories(home.resolve("content"));
    Files.copy(Path.of("content", "taxonomy.yml"), home.resolve("content/taxonomy.yml"));
    int port = freePort();
    String base = "http://127.0.0.1:" + port;

    app = start(port, "first");
    String token = token(base);
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
                    HttpResponse<String> created = submit(base, token, id);
                    if (created.statusCode() != 201) {
                      return;
                    }
                    submitted.add(id);
                    // The first writer also publishes every third of its submissions.
                    if (writer == 0 && i % 3 == 0) {
                      String sid = submissionId(created.body());
                      if (act(base, token, sid, "claim") == 200
                          && act(base, token, sid, "publish") == 200) {
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
    assertTrue(enough.await(5, TimeUnit.MINUTES), () -> "writers stalled; log:\n" + log("first"));
    app.destroyForcibly().waitFor();
    for (Thread t : writers) {
      t.join();
    }
    assertTrue(published.size() >= 2, "the run published something: " + published);
    System.out.printf(
        "kill -9 after %d acknowledged submissions and %d publications%n",
        submitted.size(), published.size());

    app = start(port, "second");
    String again = token(base);
    String mine = get(base + "/api/submissions", again).body();
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
      if (get(base + "/api/case-studies/" + id, null).statusCode() != 200) {
        unpublished.add(id);
      }
    }
    assertEquals(
        List.of(),
        unpublished,
        "of " + published.size() + " acknowledged publications these were lost after kill -9");
  }

  private Process start(int port, String run) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-Dcasoteca.home=" + home);
    command.add("-Dmicronaut.server.port=" + port);
    command.add("-Dcasoteca.content.import-on-startup=false");
    command.add("-Dcasoteca.admin.email=" + ADMIN);
    command.add("-Dcasoteca.admin.password=" + PASSWORD);
    command.add("-Dcasoteca.security.bcrypt-strength=4");
    command.add("-Dcasoteca.rate-limit.submissions=100000");
    command.add("-jar");
    command.add(packagedJar().toAbsolutePath().toString());
    Process process =
        new ProcessBuilder(command)
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(home.resolve(run + ".log").toFile())
            .start();
    String base = "http://127.0.0.1:" + port;
    // Wait for the server to answer, not for a fixed time; a dead process ends the wait at once.
    while (true) {
      if (!process.isAlive()) {
        throw new AssertionError("the application exited; log:\n" + log(run));
      }
      try {
        if (get(base + "/api/index-status", null).statusCode() == 200) {
          return process;
        }
      } catch (IOException notYet) {
        process.waitFor(200, TimeUnit.MILLISECONDS);
      }
    }
  }

  private static Path packagedJar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files
          .filter(p -> p.getFileName().toString().matches("casoteca-.*\\.jar"))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no packaged jar in target/: run ./mvnw verify"));
    }
  }

  private String log(String run) {
    try {
      return Files.readString(home.resolve(run + ".log"));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private String token(String base) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r::body);
    Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(r.body());
    assertTrue(m.find(), r::body);
    return m.group(1);
  }

  private HttpResponse<String> submit(String base, String token, String id)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(
                URI.create(base + "/api/submissions?id=" + id + "&lang=es&submit=true"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "text/markdown")
            .POST(HttpRequest.BodyPublishers.ofString(text(id)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private int act(String base, String token, String sid, String action)
      throws IOException, InterruptedException {
    return http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/submissions/" + sid + "/" + action))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private HttpResponse<String> get(String url, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String submissionId(String body) {
    Matcher m = SUBMISSION_ID.matcher(body);
    if (!m.find()) {
      throw new AssertionError("no submission id in " + body);
    }
    return m.group(1);
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

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
