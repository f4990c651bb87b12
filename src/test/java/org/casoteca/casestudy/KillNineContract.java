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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.casoteca.WorkflowFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application killed with kill -9 during an import, during submissions and
 * publications, and during a rebuild of the index: after a restart the database holds exactly the
 * valid files plus every acknowledged publication, the index holds exactly what the database
 * publishes, and Lucene's CheckIndex finds nothing wrong. Subclasses say which database.
 */
abstract class KillNineContract {

  private static final String ADMIN = "admin@kill.test";
  private static final String PASSWORD = "correct horse battery";
  private static final int FILES = 200;
  private static final Pattern SUBMISSION_ID = Pattern.compile("\"submission\":\\{\"id\":(\\d+)");

  @TempDir Path home;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Process app;
  private int run;

  /** System properties that point the application at the database under test. */
  abstract List<String> databaseProperties();

  /** A connection to that database, opened once the application has stopped. */
  abstract Connection connect() throws SQLException;

  @AfterEach
  void stop() {
    if (app != null) {
      try {
        app.destroyForcibly().waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      app = null;
    }
  }

  @Test
  void killNineDuringImportSubmissionsAndRebuildLosesNothingAndLeavesACleanIndex()
      throws Exception {
    writeContent();
    int port = freePort();
    String base = "http://127.0.0.1:" + port;

    // 1. Killed while the import is half-way (it reports the invalid file in the middle).
    app = start(port, true);
    awaitLog(log -> log.contains("kill-0100-bad") || log.contains("Startup completed"));
    app.destroyForcibly().waitFor();

    // 2. Restarted: the import finishes; then killed while a curator publishes.
    app = start(port, true);
    awaitUp(base);
    String token = token(base);
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    Thread curator = new Thread(() -> publishUntilKilled(base, token, acknowledged));
    curator.setDaemon(true);
    curator.start();
    while (acknowledged.size() < 5 && curator.isAlive()) {
      curator.join(200);
    }
    app.destroyForcibly().waitFor();
    curator.join();
    assertTrue(acknowledged.size() >= 5, () -> "publications acknowledged: " + acknowledged);

    // 3. The index deleted, so the next start rebuilds it: killed as the rebuild starts.
    deleteTree(home.resolve("data/index"));
    app = start(port, false);
    awaitLog(
        log -> log.contains("Rebuilding the search index") || log.contains("Startup completed"));
    app.destroyForcibly().waitFor();

    // 4. A last start must come up whole.
    app = start(port, true);
    awaitUp(base);
    String status = get(base + "/api/index-status").body();
    app.destroy();
    assertTrue(app.waitFor(2, TimeUnit.MINUTES), "the application stops when asked");
    app = null;

    Set<String> published = publishedInDatabase();
    Set<String> imported = new TreeSet<>(published);
    imported.removeIf(id -> !id.startsWith("kill-"));
    assertEquals(FILES, imported.size(), "every valid file, and only those, is in the database");
    Set<String> lost = new TreeSet<>(acknowledged);
    lost.removeAll(published);
    assertEquals(Set.of(), lost, "acknowledged publications lost after kill -9");
    assertEquals(published, indexed(), "the index holds exactly the published case studies");
    assertTrue(status.contains("\"documents\":" + published.size()), status);
  }

  private void publishUntilKilled(String base, String token, Set<String> acknowledged) {
    for (int i = 0; ; i++) {
      String id = "pub-" + i;
      try {
        HttpResponse<String> created =
            http.send(
                HttpRequest.newBuilder(
                        URI.create(base + "/api/submissions?id=" + id + "&lang=es&submit=true"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "text/markdown")
                    .POST(HttpRequest.BodyPublishers.ofString(text(id, "GT")))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
          return;
        }
        Matcher m = SUBMISSION_ID.matcher(created.body());
        if (!m.find()) {
          return;
        }
        if (act(base, token, m.group(1), "claim") == 200
            && act(base, token, m.group(1), "publish") == 200) {
          acknowledged.add(id);
        }
      } catch (IOException | InterruptedException e) {
        return; // the server is gone
      }
    }
  }

  private void writeContent() throws IOException {
    Path tools = Files.createDirectories(home.resolve("content/tools"));
    Files.copy(Path.of("content", "taxonomy.yml"), home.resolve("content/taxonomy.yml"));
    for (int i = 0; i < FILES; i++) {
      String id = String.format("kill-%04d", i);
      Files.writeString(tools.resolve(id + ".es.md"), text(id, "GT"));
    }
    // Invalid files, one of them half-way: the import skips them and says so in the log.
    for (int i : new int[] {50, 100, 150}) {
      String id = String.format("kill-%04d-bad", i);
      Files.writeString(tools.resolve(id + ".es.md"), text(id, "XX"));
    }
  }

  private Set<String> publishedInDatabase() throws SQLException {
    Set<String> ids = new TreeSet<>();
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT DISTINCT case_study_id FROM case_study_translation WHERE published")) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  private Set<String> indexed() throws IOException {
    Path index = home.resolve("data/index");
    try (FSDirectory directory = FSDirectory.open(index)) {
      try (CheckIndex check = new CheckIndex(directory)) {
        assertTrue(check.checkIndex().clean, "CheckIndex finds the index clean");
      }
      Set<String> ids = new TreeSet<>();
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        StoredFields fields = reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
          ids.add(fields.document(doc).get("id"));
        }
        assertEquals(reader.numDocs(), reader.maxDoc(), "no deleted documents left unmerged");
      }
      return ids;
    }
  }

  private Process start(int port, boolean importContent) throws IOException {
    run++;
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-Dcasoteca.home=" + home);
    command.add("-Dmicronaut.server.port=" + port);
    command.add("-Dcasoteca.content.import-on-startup=" + importContent);
    command.add("-Dcasoteca.admin.email=" + ADMIN);
    command.add("-Dcasoteca.admin.password=" + PASSWORD);
    command.add("-Dcasoteca.security.bcrypt-strength=4");
    command.add("-Dcasoteca.rate-limit.submissions=100000");
    command.addAll(databaseProperties());
    command.add("-jar");
    command.add(packagedJar().toAbsolutePath().toString());
    return new ProcessBuilder(command)
        .directory(home.toFile())
        .redirectErrorStream(true)
        .redirectOutput(logFile().toFile())
        .start();
  }

  private Path logFile() {
    return home.resolve("run-" + run + ".log");
  }

  /** Waits until the log shows {@code condition}; a process that exits ends the wait at once. */
  private void awaitLog(Predicate<String> condition) throws IOException, InterruptedException {
    while (!condition.test(Files.readString(logFile()))) {
      if (!app.isAlive()) {
        throw new AssertionError("the application exited; log:\n" + Files.readString(logFile()));
      }
      app.waitFor(50, TimeUnit.MILLISECONDS);
    }
  }

  private void awaitUp(String base) throws IOException, InterruptedException {
    while (true) {
      if (!app.isAlive()) {
        throw new AssertionError("the application exited; log:\n" + Files.readString(logFile()));
      }
      try {
        if (get(base + "/api/index-status").statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        app.waitFor(200, TimeUnit.MILLISECONDS);
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

  private HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String text(String id, String country) {
    return WorkflowFixtures.validText(id)
        .replace("countries: [GT]", "countries: [" + country + "]");
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
