package org.casoteca.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.casoteca.casestudy.PublishedCaseStudy;
import org.casoteca.search.relevance.Judgement;
import org.casoteca.search.relevance.Metrics;
import org.junit.jupiter.api.Test;

/**
 * Measured relevance over the committed judgement set ({@code relevance/judgements.tsv}): prints
 * success@1, success@3, MRR and nDCG@10 for Casoteca and for a plain StandardAnalyzer baseline, per
 * category and overall, and fails if Casoteca's success@3 drops below 0.9. Run it alone with {@code
 * ./mvnw test -Dtest=RelevanceTest}.
 */
class RelevanceTest {

  private static final double REQUIRED_SUCCESS_AT_3 = 0.9;

  @Test
  void casotecaFindsWhatPractitionersMean() throws Exception {
    List<PublishedCaseStudy> corpus = Corpus.bundled();
    SearchIndex index = new SearchIndex(new ByteBuffersDirectory());
    index.apply(corpus, List.of());
    index.commit(1);
    CaseStudySearcher casoteca =
        new CaseStudySearcher(index, TestCaseStudies.taxonomy(), TestCaseStudies.synonyms());
    SearchRequestParser parser = new SearchRequestParser(TestCaseStudies.taxonomy());
    PlainBaseline baseline = new PlainBaseline(corpus);

    Map<String, Metrics.Accumulator> ours = new TreeMap<>();
    Map<String, Metrics.Accumulator> plain = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    for (Judgement j : Judgement.load()) {
      List<String> ranking =
          casoteca
              .search(
                  parser.parse(Map.of("q", List.of(j.query()), "size", List.of("10")), j.lang()))
              .hits()
              .stream()
              .map(SearchHit::id)
              .toList();
      List<String> plainRanking = baseline.rank(j.query(), 10);
      for (String key : List.of(j.category(), "ALL")) {
        ours.computeIfAbsent(key, k -> new Metrics.Accumulator()).add(ranking, j.relevant());
        plain.computeIfAbsent(key, k -> new Metrics.Accumulator()).add(plainRanking, j.relevant());
      }
      if (ranking.stream().limit(3).noneMatch(j.relevant()::contains)) {
        misses.add(
            j.query()
                + " -> "
                + ranking.stream().limit(3).toList()
                + " (wanted "
                + j.relevant()
                + ")");
      }
    }
    print(ours, plain, misses);
    index.close();
    assertTrue(
        ours.get("ALL").metrics().successAt3() >= REQUIRED_SUCCESS_AT_3,
        "success@3 below " + REQUIRED_SUCCESS_AT_3 + "; misses: " + misses);
  }

  private static void print(
      Map<String, Metrics.Accumulator> ours,
      Map<String, Metrics.Accumulator> plain,
      List<String> misses) {
    StringBuilder out =
        new StringBuilder(
            "\nRelevance over the judgement set (Casoteca | plain StandardAnalyzer)\n");
    out.append(
        String.format(
            "%-10s %4s  %-23s  %-23s  %-23s  %-23s%n",
            "category", "n", "success@1", "success@3", "MRR", "nDCG@10"));
    for (String key : ours.keySet()) {
      Metrics a = ours.get(key).metrics();
      Metrics b = plain.get(key).metrics();
      out.append(
          String.format(
              "%-10s %4d  %.3f | %.3f          %.3f | %.3f          %.3f | %.3f          %.3f | %.3f%n",
              key,
              a.queries(),
              a.successAt1(),
              b.successAt1(),
              a.successAt3(),
              b.successAt3(),
              a.mrr(),
              b.mrr(),
              a.ndcgAt10(),
              b.ndcgAt10()));
    }
    misses.forEach(m -> out.append("miss@3: ").append(m).append('\n'));
    System.out.println(out);
  }
}
