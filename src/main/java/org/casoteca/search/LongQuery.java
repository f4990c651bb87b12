package org.casoteca.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Long text pasted as a query (a paragraph from a proposal, say) is searched by its most
 * distinctive words: requiring thirty words finds nothing, and searching all of them costs as much
 * as thirty searches. Words are counted as the analyser splits them, so commas or bars joining
 * words do not dodge the bound.
 */
final class LongQuery {

  /** Queries with more words than this are read as plain text and shortened. */
  static final int MAX_WORDS = 12;

  private static final Analyzer WORDS = new WordAnalyzer();

  private LongQuery() {}

  /** The words of {@code query} as the analyser splits them, folded and lower case. */
  static List<String> words(String query) {
    List<String> words = new ArrayList<>();
    try (TokenStream stream = WORDS.tokenStream(FieldNames.SPELL, query)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        words.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  /**
   * The words to search for {@code query}, in the order typed, or null when it is short enough to
   * search as typed: its content words (stop words and question words left out) that the corpus
   * knows, rarest first, at most {@link #MAX_WORDS}.
   */
  static List<String> shorten(String query, IndexReader reader) throws IOException {
    Set<String> content = new LinkedHashSet<>();
    for (String word : words(query)) {
      if (!CaseStudyAnalyzer.STOP_WORDS.contains(word)) {
        content.add(word);
      }
    }
    if (content.size() <= MAX_WORDS) {
      return null;
    }
    List<String> known = new ArrayList<>();
    List<Integer> freq = new ArrayList<>();
    for (String word : content) {
      int df = reader.docFreq(new Term(FieldNames.SPELL, word));
      if (df > 0) {
        known.add(word);
        freq.add(df);
      }
    }
    if (known.isEmpty()) {
      return List.copyOf(content).subList(0, MAX_WORDS);
    }
    List<String> pool = known;
    if (pool.size() <= MAX_WORDS) {
      return pool;
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < pool.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(freq::get));
    Set<Integer> kept = new java.util.TreeSet<>(order.subList(0, MAX_WORDS));
    return kept.stream().map(pool::get).toList();
  }
}
