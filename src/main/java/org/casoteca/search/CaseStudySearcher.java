package org.casoteca.search;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.Weight;
import org.casoteca.content.Languages;
import org.casoteca.content.Taxonomy;
import org.casoteca.web.BadRequestException;

/**
 * Runs a {@link SearchRequest} against the index: text query with all words required (falling back
 * to a relaxed reading when that finds nothing), facet filters through drill-sideways so that each
 * facet's counts ignore its own selection, one page of hits with highlighted snippets.
 */
@Singleton
public class CaseStudySearcher {

  /** Below this many results, a query with unknown words gets a spelling suggestion. */
  private static final int FEW_RESULTS = 3;

  private final SearchIndex index;
  private final Taxonomy taxonomy;
  private final Synonyms synonyms;
  private final SpellingCorrector corrector = new SpellingCorrector();
  private final LongAdder searchesRun = new LongAdder();

  CaseStudySearcher(SearchIndex index, Taxonomy taxonomy, Synonyms synonyms) {
    this.index = index;
    this.taxonomy = taxonomy;
    this.synonyms = synonyms;
  }

  /** How many case studies are published (and searchable) now. */
  public int publishedCount() {
    return index.documentCount();
  }

  public SearchResult search(SearchRequest request) {
    try {
      return index.withSearcher(searcher -> search(searcher, request));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new BadRequestException("q", "is too complex; use fewer words or operators");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * At most two searches per query: every word required, then, only when that finds nothing, one
   * relaxed search (with misspelt words corrected, if any) in which case studies containing more of
   * the words rank first.
   */
  private SearchResult search(FacetedSearcher searcher, SearchRequest request) throws IOException {
    if (searcher.facetState() == null) {
      return result(
          request,
          0,
          List.of(),
          FacetCounts.empty(request, taxonomy),
          null,
          false,
          MatchKind.ALL,
          null);
    }
    List<String> shortened = LongQuery.shorten(request.query(), searcher.getIndexReader());
    String typed = shortened == null ? request.query() : String.join(" ", shortened);
    Attempt attempt = attempt(searcher, request, typed, true);
    String suggestion = null;
    String spelled = typed;
    if (!typed.isBlank() && attempt.total() < FEW_RESULTS) {
      spelled = corrector.correct(typed, searcher.getIndexReader(), synonyms.current());
      suggestion = spelled.equals(typed) ? null : spelled;
    }
    MatchKind match = MatchKind.ALL;
    boolean corrected = false;
    if (attempt.total() == 0 && !typed.isBlank()) {
      attempt = attempt(searcher, request, spelled, false);
      corrected =
          suggestion != null
              && attempt.total() > 0
              && firstHasEveryWord(searcher, spelled, attempt);
      match = corrected ? MatchKind.CORRECTED : MatchKind.PARTIAL;
    }
    ScoreDoc[] page = pageOf(attempt.found().hits.scoreDocs, request);
    Snippets snippets =
        typed.isBlank() || page.length == 0
            ? Snippets.none()
            : Snippets.highlight(
                searcher,
                index,
                attempt.text(),
                Arrays.stream(page).mapToInt(d -> d.doc).toArray());
    List<SearchHit> hits = new ArrayList<>(page.length);
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc doc : page) {
      hits.add(hit(stored.document(doc.doc), snippets.of(doc.doc, request.lang()), request.lang()));
    }
    DrillSidewaysResult found = attempt.found();
    return result(
        request,
        attempt.total(),
        hits,
        FacetCounts.of(found.facets, found.drillDownFacetsCollector, request, taxonomy),
        suggestion,
        corrected,
        match,
        shortened);
  }

  /** Whether the best hit of a relaxed search contains every word of {@code query}. */
  private boolean firstHasEveryWord(FacetedSearcher searcher, String query, Attempt attempt)
      throws IOException {
    int doc = attempt.found().hits.scoreDocs[0].doc;
    Query all = TextQuery.parse(query, synonyms.expand(query), index.analyzer(), true);
    Weight weight = searcher.createWeight(searcher.rewrite(all), ScoreMode.COMPLETE_NO_SCORES, 1);
    LeafReaderContext leaf =
        searcher
            .getIndexReader()
            .leaves()
            .get(ReaderUtil.subIndex(doc, searcher.getIndexReader().leaves()));
    return weight.matches(leaf, doc - leaf.docBase) != null;
  }

  /** How many full searches this searcher has run: a bound tests can count. */
  long searchesRun() {
    return searchesRun.sum();
  }

  /** How many words the spelling corrector has looked up: a bound tests can count. */
  long correctionsLookedUp() {
    return corrector.lookups();
  }

  /** One way of reading the query, and what it found. */
  private record Attempt(Query text, DrillSidewaysResult found) {
    long total() {
      return found.hits.totalHits.value;
    }
  }

  private Attempt attempt(
      FacetedSearcher searcher, SearchRequest request, String query, boolean allWords)
      throws IOException {
    Query text = TextQuery.parse(query, synonyms.expand(query), index.analyzer(), allWords);
    searchesRun.increment();
    return new Attempt(text, run(searcher, request, text));
  }

  private DrillSidewaysResult run(FacetedSearcher searcher, SearchRequest request, Query text)
      throws IOException {
    DrillDownQuery query = new DrillDownQuery(index.facetsConfig(), withYearRange(text, request));
    for (Facet facet : Facet.values()) {
      for (String value : request.filter(facet)) {
        query.add(facet.dimension(), value);
      }
    }
    DrillSideways sideways =
        new DrillSideways(searcher, index.facetsConfig(), searcher.facetState());
    int topN = Math.max(1, request.offset() + request.size());
    Sort sort = sortOf(request);
    return sort == null
        ? sideways.search(query, topN)
        : sideways.search(query, null, null, topN, sort, false);
  }

  private static Query withYearRange(Query text, SearchRequest request) {
    if (!request.hasYearRange()) {
      return text;
    }
    int from = request.yearFrom() == null ? Integer.MIN_VALUE : request.yearFrom();
    int to = request.yearTo() == null ? Integer.MAX_VALUE : request.yearTo();
    return new BooleanQuery.Builder()
        .add(text, text instanceof MatchAllDocsQuery ? Occur.FILTER : Occur.MUST)
        .add(IntPoint.newRangeQuery(FieldNames.START_YEAR, from, to), Occur.FILTER)
        .build();
  }

  private static Sort sortOf(SearchRequest request) {
    return switch (request.sort()) {
      case RELEVANCE -> request.query().isBlank() ? newest() : null;
      case NEWEST -> newest();
      case TITLE ->
          new Sort(new SortField(FieldNames.titleSort(request.lang()), SortField.Type.STRING));
    };
  }

  private static Sort newest() {
    SortField updated = new SortField(FieldNames.UPDATED, SortField.Type.LONG, true);
    SortField year = new SortField(FieldNames.START_YEAR, SortField.Type.INT, true);
    year.setMissingValue(Integer.MIN_VALUE);
    return new Sort(
        updated, year, new SortField(FieldNames.titleSort("es"), SortField.Type.STRING));
  }

  private static ScoreDoc[] pageOf(ScoreDoc[] all, SearchRequest request) {
    int from = Math.min(all.length, request.offset());
    int to = Math.min(all.length, from + request.size());
    return Arrays.copyOfRange(all, from, to);
  }

  private static SearchHit hit(Document doc, String snippet, String requested) {
    List<String> languages = values(doc, FieldNames.LANGUAGES);
    String lang = languages.contains(requested) ? requested : Languages.other(requested);
    String summary = doc.get(FieldNames.summary(lang));
    IndexableField year = doc.getField(FieldNames.START_YEAR);
    String id = doc.get(FieldNames.ID);
    return new SearchHit(
        id,
        lang,
        doc.get(FieldNames.title(lang)),
        summary,
        snippet != null ? snippet : HtmlText.escape(summary),
        doc.get(FieldNames.COLLECTION),
        values(doc, FieldNames.COUNTRY),
        values(doc, FieldNames.THEME),
        doc.get(FieldNames.EVIDENCE),
        year == null ? null : year.numericValue().intValue(),
        "/" + requested + "/case-studies/" + id,
        languages,
        java.time.LocalDate.ofEpochDay(doc.getField(FieldNames.UPDATED).numericValue().longValue())
            .toString());
  }

  private static List<String> values(Document doc, String field) {
    return Arrays.asList(doc.getValues(field));
  }

  private SearchResult result(
      SearchRequest request,
      long total,
      List<SearchHit> hits,
      java.util.Map<String, List<FacetCount>> facets,
      String suggestion,
      boolean corrected,
      MatchKind match,
      List<String> searched) {
    List<AppliedFilter> applied = new ArrayList<>();
    for (Facet facet : Facet.values()) {
      for (String value : request.filter(facet)) {
        applied.add(
            new AppliedFilter(
                facet.dimension(), value, facet.label(taxonomy, value, request.lang())));
      }
    }
    if (request.yearFrom() != null) {
      applied.add(
          new AppliedFilter("year_from", request.yearFrom().toString(), "≥ " + request.yearFrom()));
    }
    if (request.yearTo() != null) {
      applied.add(
          new AppliedFilter("year_to", request.yearTo().toString(), "≤ " + request.yearTo()));
    }
    return new SearchResult(
        request.query(),
        request.lang(),
        request.sort().parameter(),
        total,
        request.page(),
        request.size(),
        hits,
        facets,
        applied,
        request.yearFrom(),
        request.yearTo(),
        suggestion,
        corrected,
        match.parameter(),
        searched);
  }
}
