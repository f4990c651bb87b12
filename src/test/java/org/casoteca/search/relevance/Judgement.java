package org.casoteca.search.relevance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One judged query: what a reader typed, in which language, and which case studies answer it. */
public record Judgement(String category, String lang, String query, Set<String> relevant) {

  /** The committed judgement set, {@code relevance/judgements.tsv} on the test classpath. */
  public static List<Judgement> load() throws IOException {
    List<Judgement> judgements = new ArrayList<>();
    try (InputStream in = Judgement.class.getResourceAsStream("/relevance/judgements.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("category\t")) {
          continue;
        }
        String[] cells = line.split("\t");
        judgements.add(new Judgement(cells[0], cells[1], cells[2], Set.of(cells[3].split(","))));
      }
    }
    return judgements;
  }
}
