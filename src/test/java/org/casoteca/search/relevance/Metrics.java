package org.casoteca.search.relevance;

import java.util.List;
import java.util.Set;

/**
 * Ranking quality over judged queries: success@1 and success@3 (a relevant case study in the first
 * one or three hits), mean reciprocal rank of the first relevant hit, and nDCG@10 with binary
 * gains.
 */
public record Metrics(
    int queries, double successAt1, double successAt3, double mrr, double ndcgAt10) {

  /** Accumulates per-query rankings. */
  public static final class Accumulator {
    private int queries;
    private double s1;
    private double s3;
    private double rr;
    private double ndcg;

    public void add(List<String> ranking, Set<String> relevant) {
      queries++;
      int first = firstRelevant(ranking, relevant);
      s1 += first == 1 ? 1 : 0;
      s3 += first >= 1 && first <= 3 ? 1 : 0;
      rr += first >= 1 ? 1.0 / first : 0;
      ndcg += ndcgAt10(ranking, relevant);
    }

    public Metrics metrics() {
      return queries == 0
          ? new Metrics(0, 0, 0, 0, 0)
          : new Metrics(queries, s1 / queries, s3 / queries, rr / queries, ndcg / queries);
    }
  }

  /** 1-based rank of the first relevant hit, 0 when none. */
  static int firstRelevant(List<String> ranking, Set<String> relevant) {
    for (int i = 0; i < ranking.size(); i++) {
      if (relevant.contains(ranking.get(i))) {
        return i + 1;
      }
    }
    return 0;
  }

  static double ndcgAt10(List<String> ranking, Set<String> relevant) {
    double dcg = 0;
    for (int i = 0; i < Math.min(10, ranking.size()); i++) {
      if (relevant.contains(ranking.get(i))) {
        dcg += 1 / log2(i + 2);
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(10, relevant.size()); i++) {
      ideal += 1 / log2(i + 2);
    }
    return ideal == 0 ? 0 : dcg / ideal;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
