package org.casoteca.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.casoteca.content.Languages;

/**
 * The user's query text as a Lucene query over the title, aliases, summary and body of both
 * language versions, each analyzed by its language's chain. Parsed with the tolerant {@link
 * SimpleQueryParser}: quotes make phrases, {@code -word} excludes, {@code |} means OR, parentheses
 * group; wildcards, fuzzy and proximity operators are off because their cost is unbounded.
 */
final class TextQuery {

  private static final int FLAGS =
      SimpleQueryParser.AND_OPERATOR
          | SimpleQueryParser.NOT_OPERATOR
          | SimpleQueryParser.OR_OPERATOR
          | SimpleQueryParser.PHRASE_OPERATOR
          | SimpleQueryParser.PRECEDENCE_OPERATORS
          | SimpleQueryParser.ESCAPE_OPERATOR
          | SimpleQueryParser.WHITESPACE_OPERATOR;

  private static final Map<String, Float> WEIGHTS = weights();
  private static final Pattern GROUPING = Pattern.compile("[()|+\\\\]");
  private static final float PHRASE_BOOST = 3f;
  private static final java.util.List<String> TITLE_FIELDS =
      java.util.List.of(FieldNames.ALIASES, FieldNames.title("es"), FieldNames.title("en"));

  private TextQuery() {}

  /**
   * All words required, or (when {@code allWords} is false) any word, better with more. Exclusions
   * ({@code -word}) and quoted phrases stay required either way.
   */
  static Query parse(String text, Analyzer analyzer, boolean allWords) {
    return parse(text, text, analyzer, allWords);
  }

  /**
   * As {@link #parse(String, Analyzer, boolean)}, where {@code expanded} is {@code text} with its
   * synonyms expanded; the title bonus looks for the words as the reader typed them.
   */
  static Query parse(String text, String expanded, Analyzer analyzer, boolean allWords) {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, WEIGHTS, FLAGS);
    parser.setDefaultOperator(Occur.MUST);
    Query parsed = parser.parse(expanded);
    Query words = withPositiveClause(allWords ? parsed : anyWord(parsed));
    Query phrase = titlePhrase(text, analyzer);
    if (phrase == null) {
      return words;
    }
    return new BooleanQuery.Builder().add(words, Occur.MUST).add(phrase, Occur.SHOULD).build();
  }

  /**
   * For multi-word queries without phrases or exclusions, a bonus when the words appear together in
   * a title or alias: a programme's name typed as is should rank that programme first.
   */
  private static Query titlePhrase(String text, Analyzer analyzer) {
    if (text.contains("\"") || text.startsWith("-") || text.contains(" -")) {
      return null;
    }
    String words = GROUPING.matcher(text).replaceAll(" ").strip();
    if (words.split("\\s+").length < 2) {
      return null;
    }
    QueryBuilder builder = new QueryBuilder(analyzer);
    BooleanQuery.Builder phrases = new BooleanQuery.Builder();
    int added = 0;
    for (String field : TITLE_FIELDS) {
      Query phrase = builder.createPhraseQuery(field, words, 1);
      if (phrase != null) {
        phrases.add(new BoostQuery(phrase, PHRASE_BOOST), Occur.SHOULD);
        added++;
      }
    }
    return added == 0 ? null : phrases.build();
  }

  /** Makes the plain words of a top-level conjunction optional; exclusions stay in force. */
  private static Query anyWord(Query query) {
    if (!(query instanceof BooleanQuery bq)) {
      return query;
    }
    BooleanQuery.Builder relaxed = new BooleanQuery.Builder();
    for (BooleanClause clause : bq.clauses()) {
      boolean plainWord = clause.getOccur() == Occur.MUST && !excludes(clause.getQuery());
      relaxed.add(clause.getQuery(), plainWord ? Occur.SHOULD : clause.getOccur());
    }
    return relaxed.build();
  }

  private static boolean excludes(Query query) {
    return query instanceof BooleanQuery bq
        && bq.clauses().stream()
            .anyMatch(c -> c.getOccur() == Occur.MUST_NOT || excludes(c.getQuery()));
  }

  /** A query of exclusions only ({@code -gangs}) means everything except those. */
  private static Query withPositiveClause(Query query) {
    if (query instanceof BooleanQuery bq
        && !bq.clauses().isEmpty()
        && bq.clauses().stream().allMatch(c -> c.getOccur() == Occur.MUST_NOT)) {
      BooleanQuery.Builder builder =
          new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
      for (BooleanClause clause : bq.clauses()) {
        builder.add(clause);
      }
      return builder.build();
    }
    return query;
  }

  private static Map<String, Float> weights() {
    Map<String, Float> weights = new LinkedHashMap<>();
    weights.put(FieldNames.ALIASES, 5f);
    for (String lang : Languages.SUPPORTED) {
      weights.put(FieldNames.title(lang), 4f);
      weights.put(FieldNames.summary(lang), 2f);
      weights.put(FieldNames.body(lang), 1f);
    }
    return Map.copyOf(weights);
  }
}
