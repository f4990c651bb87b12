package org.casoteca.search;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.casoteca.casestudy.CaseStudies;
import org.casoteca.casestudy.PublishedCaseStudy;
import org.casoteca.casestudy.PublishedVersion;
import org.casoteca.content.FrontMatter;

/**
 * Index benchmarks over a synthetic corpus (100,000 case studies unless {@code -Dbench.size}): (a)
 * full rebuild rate, (b) rebuild from the H2 database, (c) search latency against raw Lucene doing
 * the same work, (d) publish-to-searchable latency. Prints figures; asserts nothing. Not a test:
 * run it with {@code ./mvnw -Pbench test-compile exec:exec -Dbench=IndexBenchmark}.
 */
public final class IndexBenchmark {

  private static final Path INDEX = Path.of("target/bench/index");
  private static final int BATCH = 500;
  private static final int ROUNDS = 5;

  private IndexBenchmark() {}

  public static void main(String[] args) throws Exception {
    int size = Integer.getInteger("bench.size", 100_000);
    String parts = System.getProperty("bench.parts", "abcd");
    System.out.printf(
        Locale.ROOT,
        "IndexBenchmark: %d case studies, %d cores, max heap %d MB, %s%n",
        size,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        Latencies.load());
    SyntheticCorpus corpus = new SyntheticCorpus(size);
    if (parts.contains("a") || parts.contains("c") || parts.contains("d")) {
      try (SearchIndex index = rebuild(corpus)) {
        if (parts.contains("c")) {
          searchLatency(index, corpus);
        }
        if (parts.contains("d")) {
          publishLatency(index, corpus);
        }
      }
    }
    if (parts.contains("b")) {
      databaseRebuild(corpus);
    }
  }

  /** (a) Batches of 500 and one commit, as {@code IndexFollower.rebuild} does. */
  private static SearchIndex rebuild(SyntheticCorpus corpus) throws IOException {
    deleteRecursively(INDEX);
    Files.createDirectories(INDEX);
    CaseStudyDocuments documents = new CaseStudyDocuments(CaseStudyDocuments.facetsConfig());
    long generating = 0;
    long building = 0;
    int sample = Math.min(corpus.size(), 5_000);
    for (int from = 0; from < sample; from += BATCH) {
      long t0 = System.nanoTime();
      List<PublishedCaseStudy> batch = corpus.range(from, Math.min(sample, from + BATCH));
      long t1 = System.nanoTime();
      batch.forEach(documents::toDocument);
      generating += t1 - t0;
      building += System.nanoTime() - t1;
    }
    System.out.printf(
        Locale.ROOT,
        "(a) generating the synthetic corpus: %.0f case studies/s; building Lucene documents only:"
            + " %.0f case studies/s (%d sampled)%n",
        sample / (generating / 1e9),
        sample / (building / 1e9),
        sample);
    SearchIndex index = new SearchIndex(FSDirectory.open(INDEX));
    long indexing = 0;
    long words = 0;
    for (int from = 0; from < corpus.size(); from += BATCH) {
      List<PublishedCaseStudy> batch = corpus.range(from, Math.min(corpus.size(), from + BATCH));
      for (PublishedCaseStudy cs : batch) {
        for (PublishedVersion v : cs.versions()) {
          words += v.plainText().split("\\s+").length;
        }
      }
      long t0 = System.nanoTime();
      index.apply(batch, List.of());
      indexing += System.nanoTime() - t0;
    }
    long t0 = System.nanoTime();
    index.commit(1);
    long committing = System.nanoTime() - t0;
    double seconds = (indexing + committing) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "(a) full rebuild: %d case studies (%.0f body words each on average) in %.1f s"
            + " (apply %.1f s + commit/refresh %.1f s) = %.0f case studies/s; index %d MB; %s%n",
        corpus.size(),
        (double) words / corpus.size(),
        seconds,
        indexing / 1e9,
        committing / 1e9,
        corpus.size() / seconds,
        folderSize(INDEX) >> 20,
        Latencies.load());
    return index;
  }

  /** (c) The query mix through Casoteca, then through raw Lucene, alternating rounds. */
  private static void searchLatency(SearchIndex index, SyntheticCorpus corpus) throws IOException {
    Synonyms synonyms = TestCaseStudies.synonyms();
    CaseStudySearcher casoteca = new CaseStudySearcher(index, TestCaseStudies.taxonomy(), synonyms);
    List<QueryMix.Search> mix = QueryMix.of(corpus.real(), 200, 7);
    List<Query> parsed = new ArrayList<>();
    List<Map<String, List<String>>> filters = new ArrayList<>();
    for (QueryMix.Search s : mix) {
      parsed.add(TextQuery.parse(s.q(), synonyms.expand(s.q()), index.analyzer(), true));
      Map<String, List<String>> byDimension = new LinkedHashMap<>();
      s.filters().forEach((facet, values) -> byDimension.put(facet.dimension(), values));
      filters.add(byDimension);
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(INDEX))) {
      RawLuceneSearch raw = new RawLuceneSearch(reader, index.facetsConfig(), index.analyzer());
      Latencies ours = new Latencies();
      Latencies theirs = new Latencies();
      long empty = 0;
      for (int round = -3; round < ROUNDS; round++) {
        for (int i = 0; i < mix.size(); i++) {
          QueryMix.Search s = mix.get(i);
          long t0 = System.nanoTime();
          SearchResult result = casoteca.search(s.request());
          long t1 = System.nanoTime();
          raw.search(parsed.get(i), filters.get(i), s.yearFrom(), s.yearTo(), 20);
          long t2 = System.nanoTime();
          if (round >= 0) {
            ours.add(t1 - t0);
            theirs.add(t2 - t1);
            empty += result.total() == 0 ? 1 : 0;
          }
        }
      }
      System.out.printf(
          Locale.ROOT,
          "(c) search, %d queries x %d rounds after 3 warm-up rounds (%d found nothing); %s%n",
          mix.size(),
          ROUNDS,
          empty / ROUNDS,
          Latencies.load());
      System.out.println("    Casoteca:  " + ours.summary());
      System.out.println("    raw Lucene: " + theirs.summary());
      System.out.printf(
          Locale.ROOT,
          "    ratio Casoteca/raw: p50 %.2f, p90 %.2f, p99 %.2f, mean %.2f%n",
          ours.percentileMillis(50) / theirs.percentileMillis(50),
          ours.percentileMillis(90) / theirs.percentileMillis(90),
          ours.percentileMillis(99) / theirs.percentileMillis(99),
          ours.meanMillis() / theirs.meanMillis());
      slowest(casoteca, mix);
    }
  }

  /** The queries that cost Casoteca most, to see where time goes. */
  private static void slowest(CaseStudySearcher casoteca, List<QueryMix.Search> mix) {
    record Timed(QueryMix.Search search, long nanos) {}
    List<Timed> timed = new ArrayList<>();
    for (QueryMix.Search s : mix) {
      long t0 = System.nanoTime();
      casoteca.search(s.request());
      timed.add(new Timed(s, System.nanoTime() - t0));
    }
    timed.sort(Comparator.comparingLong(Timed::nanos).reversed());
    System.out.println("    slowest five for Casoteca:");
    timed.stream()
        .limit(5)
        .forEach(
            t ->
                System.out.printf(
                    Locale.ROOT,
                    "      %6.1f ms  %s%n",
                    t.nanos() / 1e6,
                    t.search().queryString()));
  }

  /** (d) One new or changed case study: apply, commit, refresh, until a search finds it. */
  private static void publishLatency(SearchIndex index, SyntheticCorpus corpus) {
    CaseStudySearcher searcher =
        new CaseStudySearcher(index, TestCaseStudies.taxonomy(), TestCaseStudies.synonyms());
    Latencies latencies = new Latencies();
    for (int k = 0; k < 20; k++) {
      String word = "publicacion" + letters(k);
      PublishedCaseStudy base = corpus.caseStudy((k * 7919) % corpus.size());
      String id = k % 2 == 0 ? "bench-new-" + k : base.id();
      PublishedCaseStudy changed = retitled(base, id, word);
      long seq = index.lastSeq() + 1;
      long t0 = System.nanoTime();
      index.apply(List.of(changed), List.of());
      index.commit(seq);
      long polls = 0;
      while (searcher
              .search(new QueryMix.Search(word, "es", Map.of(), null, null).request())
              .total()
          == 0) {
        polls++;
        if (System.nanoTime() - t0 > 10_000_000_000L) {
          throw new IllegalStateException(word + " not searchable after 10 s");
        }
      }
      latencies.add(System.nanoTime() - t0);
      if (polls > 0) {
        System.out.println("    needed " + polls + " extra searches for " + word);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "(d) publish to searchable (apply + commit + refresh + search), 20 times: p50=%.1f ms"
            + " max=%.1f ms; %s%n",
        latencies.percentileMillis(50),
        latencies.maxMillis(),
        Latencies.load());
  }

  private static PublishedCaseStudy retitled(PublishedCaseStudy base, String id, String word) {
    List<PublishedVersion> versions = new ArrayList<>();
    for (PublishedVersion v : base.versions()) {
      FrontMatter fm = v.frontMatter();
      FrontMatter renamed =
          new FrontMatter(
              fm.title() + " " + word,
              fm.summary(),
              fm.collection(),
              fm.countries(),
              fm.themes(),
              fm.populations(),
              fm.aliases(),
              fm.startYear(),
              fm.endYear(),
              fm.status(),
              fm.leadAgency(),
              fm.partners(),
              fm.funders(),
              fm.scope(),
              fm.evidence(),
              fm.sdgTargets(),
              fm.sources(),
              fm.updated(),
              fm.license());
      versions.add(
          new PublishedVersion(
              v.lang(), renamed, v.markdown(), v.html(), v.plainText(), v.toc(), v.updatedAt()));
    }
    return new PublishedCaseStudy(id, base.collection(), versions);
  }

  /**
   * (b) The database side. On the first run the database is filled in a running context and then
   * rebuilt from explicitly; on later runs the index folder is deleted, so the context's start-up
   * rebuild is the one measured.
   */
  private static void databaseRebuild(SyntheticCorpus corpus) throws IOException {
    Path indexFolder = Path.of("target/bench/db-index");
    boolean filled = BenchDatabase.publishedCount() == corpus.size();
    deleteRecursively(indexFolder);
    Map<String, Object> properties = BenchDatabase.properties(indexFolder);
    properties.put("casoteca.index.poll-interval", "1h");
    long started = System.nanoTime();
    try (ApplicationContext context = ApplicationContext.run(properties)) {
      IndexFollower follower = context.getBean(IndexFollower.class);
      if (!filled) {
        BenchDatabase.fill(context, corpus, started);
        follower.rebuild();
      } else {
        System.out.printf(
            Locale.ROOT,
            "(b) application context started in %.1f s, including the rebuild%n",
            (System.nanoTime() - started) / 1e9);
      }
      IndexStatus status = follower.status();
      System.out.printf(
          Locale.ROOT,
          "(b) full rebuild from the database (IndexFollower.rebuild: read pages of 500, index,"
              + " commit): %d in %.1f s = %.0f case studies/s; %s%n",
          status.documents(),
          status.lastRebuildMillis() / 1e3,
          status.documents() / (status.lastRebuildMillis() / 1e3),
          Latencies.load());
      CaseStudies caseStudies = context.getBean(CaseStudies.class);
      long[] read = {0};
      long t0 = System.nanoTime();
      caseStudies.forEachPublished(BATCH, batch -> read[0] += batch.size());
      double readSeconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "(b) database read only (CaseStudies.forEachPublished, pages of 500): %d in %.1f s ="
              + " %.0f case studies/s; %s%n",
          read[0],
          readSeconds,
          read[0] / readSeconds,
          Latencies.load());
    }
  }

  private static String letters(int k) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      s.append((char) ('a' + k % 26));
      k /= 26;
    }
    return s.toString();
  }

  static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static long folderSize(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
