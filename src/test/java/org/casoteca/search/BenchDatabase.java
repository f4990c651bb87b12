package org.casoteca.search;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casoteca.casestudy.PublishedCaseStudy;
import org.casoteca.casestudy.PublishedVersion;
import org.casoteca.content.MarkdownRenderer;

/**
 * The H2 file database of the benchmarks, holding the synthetic corpus as the application stores
 * it: the schema comes from the application's own Flyway migrations, the rows from batched JDBC
 * inserts shaped like {@code CaseStudyWriter}'s (one change-log row per language version).
 */
final class BenchDatabase {

  static final Path FOLDER = Path.of("target/bench/db").toAbsolutePath();

  private BenchDatabase() {}

  static String url() {
    return "jdbc:h2:file:"
        + FOLDER.resolve("casoteca")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  }

  /** Settings for an application context on this database, with its own index folder. */
  static Map<String, Object> properties(Path indexFolder) {
    Map<String, Object> p = new HashMap<>();
    p.put("datasources.default.url", url());
    p.put("datasources.default.username", "sa");
    p.put("datasources.default.password", "");
    p.put("casoteca.content.import-on-startup", false);
    p.put("casoteca.index.path", indexFolder.toAbsolutePath().toString());
    return p;
  }

  static int publishedCount() {
    try (Connection c = DriverManager.getConnection(url(), "sa", "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from case_study where published")) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      return -1; // no schema yet
    }
  }

  /** Fills the database unless it already holds {@code corpus}. */
  static void ensure(SyntheticCorpus corpus) throws IOException {
    int count = publishedCount();
    if (count == corpus.size()) {
      return;
    }
    if (count > 0) {
      throw new IllegalStateException(
          FOLDER + " holds " + count + " case studies, not " + corpus.size() + "; delete it");
    }
    Path scratch = Path.of("target/bench/fill-index");
    Map<String, Object> properties = properties(scratch);
    properties.put("casoteca.index.poll-interval", "1h");
    try (ApplicationContext context = ApplicationContext.run(properties)) {
      fill(context, corpus, System.nanoTime());
    }
    IndexBenchmark.deleteRecursively(scratch);
  }

  /**
   * Inserts the corpus into the empty schema of a running context; returns the last change-log
   * sequence.
   */
  static long fill(ApplicationContext context, SyntheticCorpus corpus, long started) {
    if (publishedCount() != 0) {
      throw new IllegalStateException(FOLDER + " is not empty; delete it");
    }
    JsonMapper json = context.getBean(JsonMapper.class);
    long[] seq = {0};
    try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
      c.setAutoCommit(false);
      try (PreparedStatement cs =
              c.prepareStatement(
                  "insert into case_study (id, collection, published, created_at, updated_at)"
                      + " values (?, ?, true, ?, ?)");
          PreparedStatement tr =
              c.prepareStatement(
                  "insert into case_study_translation (case_study_id, lang, origin, source_path,"
                      + " content_hash, markdown, title, summary, metadata, html, plain_text, toc,"
                      + " render_version, published, updated_at)"
                      + " values (?, ?, 'content', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?)");
          PreparedStatement log =
              c.prepareStatement(
                  "insert into change_log (seq, case_study_id, change_kind, changed_at)"
                      + " values (?, ?, 'publish', ?)")) {
        corpus.forEachBatch(500, batch -> insert(c, cs, tr, log, json, batch, seq));
        try (PreparedStatement head =
            c.prepareStatement("update change_head set seq = ? where id = 1")) {
          head.setLong(1, seq[0]);
          head.executeUpdate();
        }
        c.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "filled %s with %d case studies (%d change-log rows) in %.1f s; %s%n",
        FOLDER,
        corpus.size(),
        seq[0],
        (System.nanoTime() - started) / 1e9,
        Latencies.load());
    return seq[0];
  }

  private static void insert(
      Connection c,
      PreparedStatement cs,
      PreparedStatement tr,
      PreparedStatement log,
      JsonMapper json,
      List<PublishedCaseStudy> batch,
      long[] seq) {
    try {
      for (PublishedCaseStudy study : batch) {
        OffsetDateTime at = study.versions().get(0).updatedAt().atOffset(ZoneOffset.UTC);
        cs.setString(1, study.id());
        cs.setString(2, study.collection());
        cs.setObject(3, at);
        cs.setObject(4, at);
        cs.addBatch();
        for (PublishedVersion v : study.versions()) {
          tr.setString(1, study.id());
          tr.setString(2, v.lang());
          tr.setString(3, "synthetic/" + study.id() + "." + v.lang() + ".md");
          tr.setString(4, Integer.toHexString(v.markdown().hashCode()));
          tr.setString(5, v.markdown());
          tr.setString(6, v.frontMatter().title());
          tr.setString(7, v.frontMatter().summary());
          tr.setString(8, json.writeValueAsString(v.frontMatter()));
          tr.setString(9, v.html());
          tr.setString(10, v.plainText());
          tr.setString(11, json.writeValueAsString(v.toc()));
          tr.setInt(12, MarkdownRenderer.VERSION);
          tr.setObject(13, at);
          tr.addBatch();
          log.setLong(1, ++seq[0]);
          log.setString(2, study.id());
          log.setObject(3, at);
          log.addBatch();
        }
      }
      cs.executeBatch();
      tr.executeBatch();
      log.executeBatch();
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
