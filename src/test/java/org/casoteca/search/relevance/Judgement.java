package org.casoteca.search.relevance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One judged query: what a reader typed, in which language, and which case studies answer it, with
 * a grade each (3 for the best answers, then 2, then 1). No grades at all means the corpus cannot
 * answer the query.
 */
public record Judgement(String category, String lang, String query, Map<String, Integer> grades) {

  /** The category of queries the corpus cannot answer. */
  public static final String NO_ANSWER = "no_answer";

  /** The best answers: the ids of the highest grade. */
  public Set<String> best() {
    int top = grades.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    Set<String> best = new java.util.LinkedHashSet<>();
    grades.forEach(
        (id, grade) -> {
          if (grade == top) {
            best.add(id);
          }
        });
    return best;
  }

  public boolean answerable() {
    return !grades.isEmpty();
  }

  /** The judgement set written before it was run ({@code relevance/judgements.tsv}). */
  public static List<Judgement> load() throws IOException {
    return load("/relevance/judgements.tsv");
  }

  /** A judgement file on the test classpath. */
  public static List<Judgement> load(String resource) throws IOException {
    List<Judgement> judgements = new ArrayList<>();
    try (InputStream in = Judgement.class.getResourceAsStream(resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("category\t")) {
          continue;
        }
        String[] cells = line.split("\t");
        judgements.add(new Judgement(cells[0], cells[1], query(cells[2]), grades(cells[3])));
      }
    }
    return judgements;
  }

  private static String query(String cell) {
    return cell.startsWith("NFD:")
        ? Normalizer.normalize(cell.substring(4), Normalizer.Form.NFD)
        : cell;
  }

  /** {@code a,b;c;d}: a and b grade 3, c grade 2, d grade 1; {@code -} for none. */
  private static Map<String, Integer> grades(String cell) {
    Map<String, Integer> grades = new LinkedHashMap<>();
    if (cell.equals("-")) {
      return grades;
    }
    String[] groups = cell.split(";");
    for (int g = 0; g < groups.length; g++) {
      for (String id : groups[g].split(",")) {
        grades.putIfAbsent(id.strip(), Math.max(1, 3 - g));
      }
    }
    return grades;
  }
}
