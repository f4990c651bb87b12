package org.casoteca.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.casoteca.content.Taxonomy;

/** Turns Lucene facet results into labelled counts, selected values first kept even at zero. */
final class FacetCounts {

  static final String START_YEAR = "start_year";

  private FacetCounts() {}

  static Map<String, List<FacetCount>> of(
      Facets facets, FacetsCollector drillDown, SearchRequest request, Taxonomy taxonomy)
      throws IOException {
    Map<String, List<FacetCount>> all = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      all.put(facet.dimension(), values(facets, facet, request, taxonomy));
    }
    all.put(START_YEAR, years(drillDown, request));
    return all;
  }

  static Map<String, List<FacetCount>> empty(SearchRequest request, Taxonomy taxonomy) {
    Map<String, List<FacetCount>> all = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      List<FacetCount> selected = new ArrayList<>();
      request
          .filter(facet)
          .forEach(
              v ->
                  selected.add(
                      new FacetCount(v, facet.label(taxonomy, v, request.lang()), 0, true)));
      all.put(facet.dimension(), selected);
    }
    all.put(START_YEAR, List.of());
    return all;
  }

  private static List<FacetCount> values(
      Facets facets, Facet facet, SearchRequest request, Taxonomy taxonomy) throws IOException {
    Map<String, Long> counts = new LinkedHashMap<>();
    FacetResult result = childrenOf(facets, facet.dimension());
    if (result != null) {
      for (LabelAndValue lv : result.labelValues) {
        counts.put(lv.label, lv.value.longValue());
      }
    }
    List<String> selected = request.filter(facet);
    selected.forEach(v -> counts.putIfAbsent(v, 0L));
    List<FacetCount> values = new ArrayList<>();
    counts.forEach(
        (value, count) ->
            values.add(
                new FacetCount(
                    value,
                    facet.label(taxonomy, value, request.lang()),
                    count,
                    selected.contains(value))));
    values.sort(
        Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::label));
    return values;
  }

  private static FacetResult childrenOf(Facets facets, String dimension) throws IOException {
    try {
      return facets.getAllChildren(dimension);
    } catch (IllegalArgumentException e) {
      return null; // no document has this dimension yet
    }
  }

  private static List<FacetCount> years(FacetsCollector drillDown, SearchRequest request)
      throws IOException {
    LongRange[] ranges =
        YearRange.BUCKETS.stream()
            .map(r -> new LongRange(r.key(), r.min(), true, r.max(), true))
            .toArray(LongRange[]::new);
    FacetResult result =
        new LongRangeFacetCounts(FieldNames.START_YEAR, drillDown, ranges)
            .getAllChildren(START_YEAR);
    List<FacetCount> values = new ArrayList<>();
    for (int i = 0; i < ranges.length; i++) {
      YearRange range = YearRange.BUCKETS.get(i);
      long count = result.labelValues[i].value.longValue();
      boolean selected = range.matches(request.yearFrom(), request.yearTo());
      if (count > 0 || selected) {
        values.add(new FacetCount(range.key(), range.label(request.lang()), count, selected));
      }
    }
    return values;
  }
}
