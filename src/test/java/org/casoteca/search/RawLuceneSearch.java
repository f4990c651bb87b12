package org.casoteca.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The baseline for the search benchmark: what one Casoteca search does, written directly against
 * Lucene: an already parsed text query, drill-down filters through {@link DrillSideways}, counts of
 * five sorted-set facets and a range facet, the unified highlighter on both body fields for the top
 * 20 and their stored fields. Nothing of Casoteca runs on the hot path.
 */
final class RawLuceneSearch {

  private static final String[] DIMENSIONS = {
    "collection", "country", "theme", "population", "evidence"
  };
  private static final String[] BODIES = {"body_es", "body_en"};
  private static final LongRange[] YEARS = {
    new LongRange("-1999", Integer.MIN_VALUE, true, 1999, true),
    new LongRange("2000-2009", 2000, true, 2009, true),
    new LongRange("2010-2014", 2010, true, 2014, true),
    new LongRange("2015-2019", 2015, true, 2019, true),
    new LongRange("2020-2024", 2020, true, 2024, true),
    new LongRange("2025-", 2025, true, Integer.MAX_VALUE, true)
  };
  private static final Sort NEWEST =
      new Sort(
          new SortField("updated", SortField.Type.LONG, true),
          missingLast(new SortField("start_year", SortField.Type.INT, true)),
          new SortField("title_sort_es", SortField.Type.STRING));

  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState state;
  private final FacetsConfig config;
  private final Analyzer analyzer;

  RawLuceneSearch(IndexReader reader, FacetsConfig config, Analyzer analyzer) throws IOException {
    this.searcher = new IndexSearcher(reader);
    this.state = new DefaultSortedSetDocValuesReaderState(reader, config);
    this.config = config;
    this.analyzer = analyzer;
  }

  /** Runs one search; returns the total hit count. */
  long search(
      Query text, Map<String, List<String>> filters, Integer yearFrom, Integer yearTo, int size)
      throws IOException {
    Query base = text;
    if (yearFrom != null || yearTo != null) {
      base =
          new BooleanQuery.Builder()
              .add(text, text instanceof MatchAllDocsQuery ? Occur.FILTER : Occur.MUST)
              .add(
                  IntPoint.newRangeQuery(
                      "start_year",
                      yearFrom == null ? Integer.MIN_VALUE : yearFrom,
                      yearTo == null ? Integer.MAX_VALUE : yearTo),
                  Occur.FILTER)
              .build();
    }
    DrillDownQuery query = new DrillDownQuery(config, base);
    filters.forEach((dim, values) -> values.forEach(v -> query.add(dim, v)));
    DrillSideways sideways = new DrillSideways(searcher, config, state);
    boolean blank = text instanceof MatchAllDocsQuery;
    DrillSidewaysResult found =
        blank
            ? sideways.search(query, null, null, size, NEWEST, false)
            : sideways.search(query, size);
    for (String dim : DIMENSIONS) {
      try {
        FacetResult ignored = found.facets.getAllChildren(dim);
      } catch (IllegalArgumentException e) {
        // no document has this dimension
      }
    }
    new LongRangeFacetCounts("start_year", found.drillDownFacetsCollector, YEARS)
        .getAllChildren("start_year");
    ScoreDoc[] top = found.hits.scoreDocs;
    int[] docs = new int[top.length];
    for (int i = 0; i < top.length; i++) {
      docs[i] = top[i].doc;
    }
    if (!blank && docs.length > 0) {
      UnifiedHighlighter highlighter =
          UnifiedHighlighter.builder(searcher, analyzer)
              .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
              .withMaxLength(20_000)
              .withMaxNoHighlightPassages(0)
              .build();
      highlighter.highlightFields(BODIES, text, docs, new int[] {1, 1});
    }
    StoredFields stored = searcher.storedFields();
    for (int doc : docs) {
      Document ignored = stored.document(doc);
    }
    return found.hits.totalHits.value;
  }

  private static SortField missingLast(SortField field) {
    field.setMissingValue(Integer.MIN_VALUE);
    return field;
  }
}
