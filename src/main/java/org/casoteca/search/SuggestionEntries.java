package org.casoteca.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.casoteca.content.Languages;
import org.casoteca.content.Taxonomy;

/**
 * What the autocomplete offers, read from the index (so only what is published): every title in its
 * language (and, for a case study without the reader's language, its other title), every alias, and
 * the themes and countries that have case studies.
 */
final class SuggestionEntries {

  private static final long ALIAS_WEIGHT = 20;
  private static final long TITLE_WEIGHT = 30;
  // A theme or country matching the prefix filters all its case studies, so it comes before the
  // titles that mention it, however many there are.
  private static final long FACET_WEIGHT = TITLE_WEIGHT + 10;

  private SuggestionEntries() {}

  static List<SuggestionEntry> of(FacetedSearcher searcher, Taxonomy taxonomy) throws IOException {
    List<SuggestionEntry> entries = new ArrayList<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      LeafReader reader = leaf.reader();
      Bits live = reader.getLiveDocs();
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          addCaseStudy(stored.document(doc), entries);
        }
      }
    }
    if (searcher.facetState() != null) {
      SortedSetDocValuesFacetCounts counts =
          new SortedSetDocValuesFacetCounts(searcher.facetState());
      addFacet(counts, FieldNames.THEME, SuggestionEntry.THEME, taxonomy, entries);
      addFacet(counts, FieldNames.COUNTRY, SuggestionEntry.COUNTRY, taxonomy, entries);
    }
    return entries;
  }

  private static void addCaseStudy(Document doc, List<SuggestionEntry> entries) {
    String id = doc.get(FieldNames.ID);
    List<String> languages = List.of(doc.getValues(FieldNames.LANGUAGES));
    for (String lang : Languages.SUPPORTED) {
      String titleLang = languages.contains(lang) ? lang : Languages.other(lang);
      entries.add(
          new SuggestionEntry(
              doc.get(FieldNames.title(titleLang)),
              SuggestionEntry.CASE_STUDY,
              id,
              TITLE_WEIGHT,
              Set.of(lang)));
    }
    for (String alias : doc.getValues(FieldNames.ALIASES)) {
      entries.add(
          new SuggestionEntry(
              alias,
              SuggestionEntry.CASE_STUDY,
              id,
              ALIAS_WEIGHT,
              Set.copyOf(Languages.SUPPORTED)));
    }
  }

  private static void addFacet(
      SortedSetDocValuesFacetCounts counts,
      String dimension,
      String kind,
      Taxonomy taxonomy,
      List<SuggestionEntry> entries)
      throws IOException {
    FacetResult result;
    try {
      result = counts.getAllChildren(dimension);
    } catch (IllegalArgumentException e) {
      return; // no document has this dimension
    }
    if (result == null) {
      return;
    }
    for (LabelAndValue lv : result.labelValues) {
      for (String lang : Languages.SUPPORTED) {
        String label =
            kind.equals(SuggestionEntry.COUNTRY)
                ? taxonomy.countryLabel(lv.label, lang)
                : taxonomy.themes().label(lv.label, lang);
        entries.add(
            new SuggestionEntry(
                label, kind, lv.label, FACET_WEIGHT + lv.value.longValue(), Set.of(lang)));
      }
    }
  }
}
