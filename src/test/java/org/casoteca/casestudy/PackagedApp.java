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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged jar run as a child JVM on a folder of its own, so that a test can kill it with kill
 * -9 and start it again on the same data; with the few API calls such tests make.
 */
final class PackagedApp implements AutoCloseable {

  static final String PASSWORD = "correct horse battery";
  private static final Pattern SUBMISSION_ID = Pattern.compile("\"submission\":\\{\"id\":(\\d+)");
  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

  private final Path home;
  private final String admin;
  private final int port;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Process process;
  private Path log;

  /** An application on {@code home} whose first administrator is {@code admin}. */
  PackagedApp(Path home, String admin) throws IOException {
    this.home = home;
    this.admin = admin;
    try (ServerSocket s = new ServerSocket(0)) {
      this.port = s.getLocalPort();
    }
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  /** Starts the jar (same port, same folder every time), logging to {@code <run>.log}. */
  void start(String run, List<String> properties) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-Dcasoteca.home=" + home);
    command.add("-Dmicronaut.server.port=" + port);
    command.add("-Dcasoteca.admin.email=" + admin);
    command.add("-Dcasoteca.admin.password=" + PASSWORD);
    command.add("-Dcasoteca.security.bcrypt-strength=4");
    command.add("-Dcasoteca.rate-limit.submissions=100000");
    command.addAll(properties);
    command.add("-jar");
    command.add(packagedJar().toAbsolutePath().toString());
    log = home.resolve(run + ".log");
    process =
        new ProcessBuilder(command)
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
  }

  /** Waits for the server to answer, not for a fixed time; a dead process ends the wait at once. */
  void awaitUp() throws IOException, InterruptedException {
    while (true) {
      requireAlive();
      try {
        if (get("/api/index-status", null).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        process.waitFor(200, TimeUnit.MILLISECONDS);
      }
    }
  }

  /** Waits until the log shows {@code condition}; a process that exits ends the wait at once. */
  void awaitLog(Predicate<String> condition) throws IOException, InterruptedException {
    while (!condition.test(log())) {
      requireAlive();
      process.waitFor(50, TimeUnit.MILLISECONDS);
    }
  }

  String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** kill -9, and wait until the process is gone. */
  void kill() throws InterruptedException {
    if (process != null) {
      process.destroyForcibly().waitFor();
      process = null;
    }
  }

  /** An orderly stop; false when the process did not end in {@code timeout}. */
  boolean stop(Duration timeout) throws InterruptedException {
    process.destroy();
    boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    process = null;
    return ended;
  }

  @Override
  public void close() throws InterruptedException {
    kill();
  }

  String adminToken() throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base() + "/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + admin + "\",\"password\":\"" + PASSWORD + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r::body);
    Matcher m = ACCESS_TOKEN.matcher(r.body());
    assertTrue(m.find(), r::body);
    return m.group(1);
  }

  /** Creates and submits a Spanish text as a new case study {@code id}. */
  HttpResponse<String> submit(String token, String id, String markdown)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(
                URI.create(base() + "/api/submissions?id=" + id + "&lang=es&submit=true"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "text/markdown")
            .POST(HttpRequest.BodyPublishers.ofString(markdown))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A curator action ({@code claim}, {@code publish}...) on a submission; its status code. */
  int act(String token, String submissionId, String action)
      throws IOException, InterruptedException {
    return http.send(
            HttpRequest.newBuilder(
                    URI.create(base() + "/api/submissions/" + submissionId + "/" + action))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /** A JSON GET of {@code path}, signed in with {@code token} when it is not null. */
  HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The id of the submission a create answer describes. */
  static Optional<String> submissionId(String body) {
    Matcher m = SUBMISSION_ID.matcher(body);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private void requireAlive() {
    if (process == null || !process.isAlive()) {
      throw new AssertionError("the application exited; log:\n" + log());
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
}
