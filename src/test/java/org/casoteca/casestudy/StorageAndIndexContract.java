package org.casoteca.casestudy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.casoteca.TestDatabases;
import org.casoteca.content.CaseStudyParser;
import org.casoteca.content.ParsedCaseStudy;
import org.casoteca.search.CaseStudySearcher;
import org.casoteca.search.IndexFollower;
import org.casoteca.search.IndexStatus;
import org.casoteca.search.SearchRequestParser;
import org.casoteca.search.SearchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Storage, import and indexing against a real database, through the application's own beans: what a
 * restart costs, what a changed or deleted file does, and what concurrent writers see. Subclasses
 * say which database.
 */
abstract class StorageAndIndexContract {

  @TempDir Path work;
  private Path content;
  private Path index;
  private Map<String, Object> database;
  private ApplicationContext app;

  /** Datasource properties of a fresh, empty database. */
  abstract Map<String, Object> freshDatabase();

  @BeforeEach
  void copyContent() throws IOException {
    content = work.resolve("content");
    index = work.resolve("index");
    copyTree(Path.of("content"), content);
    database = freshDatabase();
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
    TestDatabases.drop(database);
  }

  @Test
  void firstStartImportsEverythingAndIndexesEveryCaseStudy() {
    start();
    ImportReport report = app.getBean(ContentImporter.class).lastReport();
    assertEquals(0, report.skipped(), () -> "problems: " + report.problems());
    assertEquals(report.filesSeen(), report.imported());
    assertTrue(report.imported() >= 10, "the bundled corpus is imported");
    IndexStatus status = caughtUp();
    assertEquals(
        report.imported() / 2,
        status.documents(),
        "one document per case study, both languages in it");
    assertEquals(
        report.imported(), status.lastSeq(), "one change per imported file, numbered from 1");
    assertEquals("sv-ciudad-mujer", search("Ciudad Mujer El Salvador").hits().get(0).id());
  }

  @Test
  void restartResumesTheIndexWithoutReindexingUnchangedContent() {
    start();
    IndexStatus first = caughtUp();
    app.close();

    start();
    ImportReport again = app.getBean(ContentImporter.class).lastReport();
    IndexStatus resumed = caughtUp();
    assertEquals(0, again.imported(), "unchanged files cost nothing");
    assertEquals(again.filesSeen(), again.unchanged());
    assertEquals(0, resumed.rebuilds(), "the index is resumed, not rebuilt");
    assertEquals(0, resumed.documentsWritten(), "no document is written again");
    assertEquals(first.lastSeq(), resumed.lastSeq());
    assertEquals(first.documents(), resumed.documents());
    assertFalse(search("MAIMI").hits().isEmpty());
  }

  @Test
  void aMissingIndexIsRebuiltFromTheDatabase() throws IOException {
    start();
    IndexStatus first = caughtUp();
    app.close();
    deleteTree(index);

    start();
    IndexStatus rebuilt = caughtUp();
    assertEquals(1, rebuilt.rebuilds());
    assertEquals(first.documents(), rebuilt.documents());
    assertEquals(first.lastSeq(), rebuilt.lastSeq());
  }

  @Test
  void changedAndDeletedFilesAreStoredAndUnpublishedOnTheNextImport() throws IOException {
    start();
    caughtUp();
    Path es = content.resolve("experiences/sv-ciudad-mujer.es.md");
    Files.writeString(
        es, Files.readString(es).replace("## Contexto", "## Contexto\n\nPalabraNuevaDePrueba."));
    Files.delete(content.resolve("experiences/gt-mopsic.es.md"));
    Files.delete(content.resolve("experiences/gt-mopsic.en.md"));

    ImportReport report = app.getBean(ContentImporter.class).importFolder(content);
    caughtUp();
    assertEquals(1, report.imported());
    assertEquals(2, report.unpublished());
    assertEquals("sv-ciudad-mujer", search("PalabraNuevaDePrueba").hits().get(0).id());
    assertTrue(search("MOPSIC").hits().stream().noneMatch(h -> h.id().equals("gt-mopsic")));
    assertTrue(app.getBean(CaseStudies.class).findPublished("gt-mopsic").isEmpty());
  }

  @Test
  void anInvalidFileIsSkippedAndTheRestIsPublished() throws IOException {
    Files.writeString(
        content.resolve("experiences/xx-broken.es.md"),
        "---\ntitle: x\ncountries: [XX]\n---\nBody\n");
    start();
    ImportReport report = app.getBean(ContentImporter.class).lastReport();
    assertEquals(1, report.skipped());
    assertTrue(
        report.problems().stream()
            .anyMatch(p -> p.field().equals("countries[0]") && p.line() == 3));
    assertTrue(report.imported() > 10);
  }

  @Test
  void concurrentWritersGetDistinctSequencesInCommitOrderAndTheIndexSeesAll() throws Exception {
    start();
    long before = caughtUp().lastSeq();
    CaseStudyWriter writer = app.getBean(CaseStudyWriter.class);
    ParsedCaseStudy template = parse(content.resolve("experiences/sv-ciudad-mujer.es.md"));
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Callable<Long>> tasks = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      String id = "concurrent-case-" + (i % 6);
      tasks.add(
          () -> writer.publish(new NewVersion(id, "es", Origin.CONTENT, null, "h", template)));
    }
    List<Long> seqs = new ArrayList<>();
    for (Future<Long> f : pool.invokeAll(tasks)) {
      seqs.add(f.get());
    }
    pool.shutdown();
    assertEquals(24, seqs.stream().distinct().count(), "every change has its own sequence");
    assertEquals(
        before + 24,
        seqs.stream().mapToLong(Long::longValue).max().orElseThrow(),
        "no sequence is skipped");
    IndexStatus status = caughtUp();
    assertEquals(before + 24, status.lastSeq());
    assertEquals(6, countIds("concurrent-case-"), "each written case study is searchable");
  }

  private long countIds(String prefix) {
    Map<String, List<String>> params = new HashMap<>();
    params.put("size", List.of("100"));
    return search(params).hits().stream().filter(h -> h.id().startsWith(prefix)).count();
  }

  private ParsedCaseStudy parse(Path file) throws IOException {
    return app.getBean(CaseStudyParser.class)
        .parse("test", Files.readAllBytes(file), "experience")
        .caseStudy()
        .orElseThrow();
  }

  private void start() {
    Map<String, Object> properties = new HashMap<>(database);
    properties.put("casoteca.content.path", content.toString());
    properties.put("casoteca.index.path", index.toString());
    properties.put("micronaut.server.port", -1);
    app = ApplicationContext.run(properties, "test");
  }

  private IndexStatus caughtUp() {
    IndexFollower follower = app.getBean(IndexFollower.class);
    follower.catchUp();
    return follower.status();
  }

  private SearchResult search(String q) {
    return search(Map.of("q", List.of(q)));
  }

  private SearchResult search(Map<String, List<String>> params) {
    return app.getBean(CaseStudySearcher.class)
        .search(app.getBean(SearchRequestParser.class).parse(params, "es"));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
  }
}
