package org.casoteca.search.relevance;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranking quality over judged queries: success@1 and success@3 (a best answer in the first one or
 * three hits), mean reciprocal rank of the first best answer, nDCG@10 with graded gains, and recall
 * of every relevant case study in the top 10.
 */
public record Metrics(
    int queries,
    double successAt1,
    double successAt3,
    double mrr,
    double ndcgAt10,
    double recallAt10) {

  /** Accumulates per-query rankings. */
  public static final class Accumulator {
    private int queries;
    private double s1;
    private double s3;
    private double rr;
    private double ndcg;
    private double recall;

    public void add(List<String> ranking, Judgement judgement) {
      queries++;
      int first = firstRelevant(ranking, judgement.best());
      s1 += first == 1 ? 1 : 0;
      s3 += first >= 1 && first <= 3 ? 1 : 0;
      rr += first >= 1 ? 1.0 / first : 0;
      ndcg += ndcgAt10(ranking, judgement.grades());
      recall +=
          ranking.stream().limit(10).filter(judgement.grades()::containsKey).count()
              / (double) Math.min(10, judgement.grades().size());
    }

    public Metrics metrics() {
      return queries == 0
          ? new Metrics(0, 0, 0, 0, 0, 0)
          : new Metrics(
              queries, s1 / queries, s3 / queries, rr / queries, ndcg / queries, recall / queries);
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

  static double ndcgAt10(List<String> ranking, Map<String, Integer> grades) {
    double dcg = 0;
    for (int i = 0; i < Math.min(10, ranking.size()); i++) {
      dcg += gain(grades.getOrDefault(ranking.get(i), 0)) / log2(i + 2);
    }
    List<Integer> ideal =
        grades.values().stream().sorted(java.util.Comparator.reverseOrder()).toList();
    double best = 0;
    for (int i = 0; i < Math.min(10, ideal.size()); i++) {
      best += gain(ideal.get(i)) / log2(i + 2);
    }
    return best == 0 ? 0 : dcg / best;
  }

  private static double gain(int grade) {
    return Math.pow(2, grade) - 1;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
