package org.casoteca.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
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

  /**
   * The query typed as a title's or alias's words, in order: the reader named a programme. A fixed
   * bonus larger than word scores, so that the named case study ranks first however the index
   * statistics (which shift with deleted documents and merges) move the rest of the score.
   */
  private static final float NAME_BONUS = 100f;

  /** Per word matched, in the relaxed reading: more of the query beats one frequent word. */
  private static final float WORD_MATCHED_BONUS = 8f;

  /** Two or more words of the query in a title or alias, in the relaxed reading. */
  private static final float TITLE_WORDS_BONUS = 6f;

  private static final List<String> TITLE_FIELDS =
      List.of(FieldNames.ALIASES, FieldNames.title("es"), FieldNames.title("en"));

  private TextQuery() {}

  /**
   * All words required, or (when {@code allWords} is false) the relaxed reading: any word may be
   * missing, and case studies that contain more of the words rank above those that contain fewer.
   * Exclusions ({@code -word}) and quoted phrases stay required either way.
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
    Query words = withPositiveClause(allWords ? parsed : relaxed(parsed, analyzer));
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
      // One word left after stop words is no name: a title merely containing it gets no bonus.
      if (phrase != null && !(phrase instanceof TermQuery)) {
        phrases.add(phrase, Occur.SHOULD);
        added++;
      }
    }
    return added == 0 ? null : new BoostQuery(new ConstantScoreQuery(phrases.build()), NAME_BONUS);
  }

  /**
   * Makes the plain words of a top-level conjunction optional (at least one must match), adds a
   * fixed bonus per word matched so that matching more of the query outranks matching one frequent
   * word many times, and a bonus when two or more words match a title or alias. Exclusions and
   * phrases stay in force.
   */
  private static Query relaxed(Query query, Analyzer analyzer) {
    if (!(query instanceof BooleanQuery bq)) {
      return query;
    }
    BooleanQuery.Builder relaxed = new BooleanQuery.Builder();
    BooleanQuery.Builder anyWord = new BooleanQuery.Builder();
    List<Query> plain = new ArrayList<>();
    for (BooleanClause clause : bq.clauses()) {
      if (clause.getOccur() == Occur.MUST && !excludes(clause.getQuery())) {
        plain.add(clause.getQuery());
        anyWord.add(clause.getQuery(), Occur.SHOULD);
      } else {
        relaxed.add(clause);
      }
    }
    if (plain.isEmpty()) {
      return query;
    }
    relaxed.add(anyWord.build(), Occur.MUST);
    for (Query word : plain) {
      relaxed.add(new BoostQuery(new ConstantScoreQuery(word), WORD_MATCHED_BONUS), Occur.SHOULD);
    }
    Query titleWords = titleWords(plain);
    if (titleWords != null) {
      relaxed.add(titleWords, Occur.SHOULD);
    }
    return relaxed.build();
  }

  /** Two or more of the words in one title or alias field: a bonus. */
  private static Query titleWords(List<Query> words) {
    if (words.size() < 2) {
      return null;
    }
    BooleanQuery.Builder fields = new BooleanQuery.Builder();
    for (String field : TITLE_FIELDS) {
      BooleanQuery.Builder inField = new BooleanQuery.Builder().setMinimumNumberShouldMatch(2);
      int terms = 0;
      for (Query word : words) {
        Query restricted = restrict(word, field);
        if (restricted != null) {
          inField.add(restricted, Occur.SHOULD);
          terms++;
        }
      }
      if (terms >= 2) {
        fields.add(new ConstantScoreQuery(inField.build()), Occur.SHOULD);
      }
    }
    BooleanQuery built = fields.build();
    return built.clauses().isEmpty() ? null : new BoostQuery(built, TITLE_WORDS_BONUS);
  }

  /** The part of one word's query (a disjunction over fields) that searches {@code field}. */
  private static Query restrict(Query word, String field) {
    Query inner = word instanceof BoostQuery b ? b.getQuery() : word;
    if (inner instanceof BooleanQuery bq) {
      BooleanQuery.Builder kept = new BooleanQuery.Builder();
      int n = 0;
      for (BooleanClause c : bq.clauses()) {
        Query r = restrict(c.getQuery(), field);
        if (r != null && c.getOccur() == Occur.SHOULD) {
          kept.add(r, Occur.SHOULD);
          n++;
        }
      }
      return n == 0 ? null : kept.build();
    }
    return inner instanceof TermQuery tq && tq.getTerm().field().equals(field) ? tq : null;
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
