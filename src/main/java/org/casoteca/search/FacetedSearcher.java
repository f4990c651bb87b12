package org.casoteca.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * An index searcher that carries the facet reader state of its reader, built once per refresh
 * instead of once per query.
 */
final class FacetedSearcher extends IndexSearcher {

  private final SortedSetDocValuesReaderState facetState;

  private FacetedSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) {
    super(reader);
    this.facetState = facetState;
  }

  /** Null while the index holds no document with facets. */
  SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  static SearcherFactory factory(FacetsConfig config) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
          throws IOException {
        SortedSetDocValuesReaderState state = null;
        if (reader.numDocs() > 0) {
          state = new DefaultSortedSetDocValuesReaderState(reader, config);
        }
        return new FacetedSearcher(reader, state);
      }
    };
  }
}
