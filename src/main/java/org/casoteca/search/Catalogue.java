package org.casoteca.search;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * Every published case study, a slice at a time, read from the index (so never an unpublished one):
 * what the sitemap lists.
 */
@Singleton
public class Catalogue {

  private final SearchIndex index;

  Catalogue(SearchIndex index) {
    this.index = index;
  }

  public int size() {
    return index.documentCount();
  }

  /** Up to {@code count} entries, skipping the first {@code from}, in index order. */
  public List<CatalogueEntry> slice(int from, int count) {
    try {
      return index.withSearcher(
          searcher -> {
            List<CatalogueEntry> entries = new ArrayList<>();
            int seen = 0;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
              LeafReader reader = leaf.reader();
              Bits live = reader.getLiveDocs();
              StoredFields stored = reader.storedFields();
              NumericDocValues updated = reader.getNumericDocValues(FieldNames.UPDATED);
              for (int doc = 0; doc < reader.maxDoc() && entries.size() < count; doc++) {
                if (live != null && !live.get(doc)) {
                  continue;
                }
                if (seen++ < from) {
                  continue;
                }
                var document = stored.document(doc);
                long day = updated != null && updated.advanceExact(doc) ? updated.longValue() : 0;
                entries.add(
                    new CatalogueEntry(
                        document.get(FieldNames.ID),
                        List.of(document.getValues(FieldNames.LANGUAGES)),
                        LocalDate.ofEpochDay(day)));
              }
            }
            return entries;
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
