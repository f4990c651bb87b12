package org.casoteca.search;

import io.micronaut.core.annotation.Nullable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A validated search: the query text (possibly empty: list everything), the reader's language,
 * facet filters (values of one facet combine with OR, facets with AND), a start-year range, sort
 * and page.
 */
public record SearchRequest(
    String query,
    String lang,
    Map<Facet, List<String>> filters,
    @Nullable Integer yearFrom,
    @Nullable Integer yearTo,
    SortOrder sort,
    int page,
    int size) {

  public SearchRequest {
    EnumMap<Facet, List<String>> copy = new EnumMap<>(Facet.class);
    filters.forEach((facet, values) -> copy.put(facet, List.copyOf(values)));
    filters = java.util.Collections.unmodifiableMap(copy);
  }

  List<String> filter(Facet facet) {
    return filters.getOrDefault(facet, List.of());
  }

  boolean hasYearRange() {
    return yearFrom != null || yearTo != null;
  }

  int offset() {
    return (page - 1) * size;
  }
}
