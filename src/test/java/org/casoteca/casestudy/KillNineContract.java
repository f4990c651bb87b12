package org.casoteca.casestudy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
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

  private static final int FILES = 200;

  @TempDir Path home;
  private PackagedApp app;
  private int run;

  /** System properties that point the application at the database under test. */
  abstract List<String> databaseProperties();

  /** A connection to that database, opened once the application has stopped. */
  abstract Connection connect() throws SQLException;

  @AfterEach
  void stop() throws InterruptedException {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void killNineDuringImportSubmissionsAndRebuildLosesNothingAndLeavesACleanIndex()
      throws Exception {
    writeContent();
    app = new PackagedApp(home, "admin@kill.test");

    // 1. Killed while the import is half-way (it reports the invalid file in the middle).
    start(true);
    app.awaitLog(log -> log.contains("kill-0100-bad") || log.contains("Startup completed"));
    app.kill();

    // 2. Restarted: the import finishes; then killed while a curator publishes.
    start(true);
    app.awaitUp();
    String token = app.adminToken();
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    Thread curator = new Thread(() -> publishUntilKilled(token, acknowledged));
    curator.setDaemon(true);
    curator.start();
    while (acknowledged.size() < 5 && curator.isAlive()) {
      curator.join(200);
    }
    app.kill();
    curator.join();
    assertTrue(acknowledged.size() >= 5, () -> "publications acknowledged: " + acknowledged);

    // 3. The index deleted, so the next start rebuilds it: killed as the rebuild starts.
    deleteTree(home.resolve("data/index"));
    start(false);
    app.awaitLog(
        log -> log.contains("Rebuilding the search index") || log.contains("Startup completed"));
    app.kill();

    // 4. A last start must come up whole.
    start(true);
    app.awaitUp();
    String status = app.get("/api/index-status", null).body();
    assertTrue(app.stop(Duration.ofMinutes(2)), "the application stops when asked");

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

  private void publishUntilKilled(String token, Set<String> acknowledged) {
    for (int i = 0; ; i++) {
      String id = "pub-" + i;
      try {
        HttpResponse<String> created = app.submit(token, id, text(id, "GT"));
        if (created.statusCode() != 201) {
          return;
        }
        Optional<String> sid = PackagedApp.submissionId(created.body());
        if (sid.isEmpty()) {
          return;
        }
        if (app.act(token, sid.get(), "claim") == 200
            && app.act(token, sid.get(), "publish") == 200) {
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

  private void start(boolean importContent) throws IOException {
    run++;
    List<String> properties = new ArrayList<>();
    properties.add("-Dcasoteca.content.import-on-startup=" + importContent);
    properties.addAll(databaseProperties());
    app.start("run-" + run, properties);
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
}
