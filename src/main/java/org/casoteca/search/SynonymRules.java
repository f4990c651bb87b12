package org.casoteca.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Domain synonyms in the Solr format: {@code a, b, c} makes the terms equivalent; {@code a, b => c}
 * searches c for a or b. Terms may be several words. Matching is on folded, lower-case words.
 */
record SynonymRules(
    Map<List<String>, List<String>> alternatives, int longest, List<String> problems) {

  static final SynonymRules NONE = new SynonymRules(Map.of(), 0, List.of());

  static SynonymRules parse(String text) {
    Map<List<String>, List<String>> alternatives = new HashMap<>();
    List<String> problems = new ArrayList<>();
    String[] lines = text.split("\n");
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] sides = line.split("=>", -1);
      if (sides.length > 2) {
        problems.add("line " + (n + 1) + ": more than one '=>'");
        continue;
      }
      List<String> left = terms(sides[0]);
      List<String> right = sides.length == 2 ? terms(sides[1]) : left;
      if (left.isEmpty() || right.isEmpty()) {
        problems.add("line " + (n + 1) + ": a rule needs terms on each side");
        continue;
      }
      for (String term : left) {
        List<String> merged = new ArrayList<>(alternatives.getOrDefault(words(term), List.of()));
        right.stream().filter(t -> !merged.contains(t)).forEach(merged::add);
        alternatives.put(words(term), List.copyOf(merged));
      }
    }
    int longest = alternatives.keySet().stream().mapToInt(List::size).max().orElse(0);
    return new SynonymRules(Map.copyOf(alternatives), longest, List.copyOf(problems));
  }

  private static List<String> terms(String side) {
    return Arrays.stream(side.split(","))
        .map(t -> TextFolding.fold(t.replace('-', ' ')).strip().replaceAll("\\s+", " "))
        .filter(t -> !t.isEmpty())
        .toList();
  }

  /** True when {@code word} (folded) is part of any synonym term. */
  boolean knows(String word) {
    return alternatives.keySet().stream().anyMatch(term -> term.contains(word));
  }

  static List<String> words(String term) {
    return List.of(term.strip().split("\\s+"));
  }

  /**
   * Rewrites the plain words of {@code query}: the longest run of words that is a synonym term
   * becomes a group of its alternatives, {@code (vcmn | "violencia contra las mujeres" | vawg)}.
   */
  String expand(String query) {
    if (alternatives.isEmpty()) {
      return query;
    }
    QueryText text = QueryText.of(query);
    List<QueryText.Piece> pieces = text.pieces();
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < pieces.size()) {
      int matched = pieces.get(i).word() ? longestMatch(text, i) : 0;
      if (matched == 0) {
        out.append(pieces.get(i).text());
        i++;
        continue;
      }
      List<String> key = new ArrayList<>();
      for (int k = 0; k < matched; k++) {
        key.add(TextFolding.fold(pieces.get(i + 2 * k).text()));
      }
      out.append(group(alternatives.get(key)));
      i += 2 * matched - 1;
    }
    return out.toString();
  }

  /** How many consecutive words from {@code start} form the longest synonym term (0 if none). */
  private int longestMatch(QueryText text, int start) {
    List<QueryText.Piece> pieces = text.pieces();
    List<String> run = new ArrayList<>();
    int best = 0;
    for (int i = start; i < pieces.size() && run.size() < longest; i += 2) {
      if (!pieces.get(i).word() || (i > start && !text.isSpace(i - 1))) {
        break;
      }
      run.add(TextFolding.fold(pieces.get(i).text()));
      if (alternatives.containsKey(run)) {
        best = run.size();
      }
    }
    return best;
  }

  private static String group(List<String> terms) {
    List<String> quoted = terms.stream().map(t -> t.contains(" ") ? "\"" + t + "\"" : t).toList();
    return "(" + String.join(" | ", quoted) + ")";
  }
}
