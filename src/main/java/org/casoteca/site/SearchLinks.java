package org.casoteca.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casoteca.search.AppliedFilter;
import org.casoteca.search.SearchResult;

/**
 * Builds the addresses of the results page from the search in force: each facet value toggles, each
 * applied filter is removable, sort and page keep the rest. Shareable, bookmarkable links.
 */
record SearchLinks(
    String lang,
    String query,
    Map<String, List<String>> filters,
    Integer yearFrom,
    Integer yearTo,
    String sort,
    int size) {

  private static final String YEAR_FROM = "year_from";
  private static final String YEAR_TO = "year_to";
  private static final int DEFAULT_SIZE = 20;

  static SearchLinks of(String lang, SearchResult result) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (AppliedFilter f : result.applied()) {
      if (!f.facet().equals(YEAR_FROM) && !f.facet().equals(YEAR_TO)) {
        filters.computeIfAbsent(f.facet(), k -> new ArrayList<>()).add(f.value());
      }
    }
    return new SearchLinks(
        lang,
        result.query(),
        filters,
        result.yearFrom(),
        result.yearTo(),
        result.sort(),
        result.size());
  }

  /** The query string of the current search (page 1), for the other-language twin. */
  String queryString() {
    return build(filters, yearFrom, yearTo, sort, 1);
  }

  String toggle(String facet, String value) {
    Map<String, List<String>> next = copy();
    List<String> values = next.computeIfAbsent(facet, k -> new ArrayList<>());
    if (!values.remove(value)) {
      values.add(value);
    }
    return href(build(next, yearFrom, yearTo, sort, 1));
  }

  String toggleYears(Integer from, Integer to) {
    boolean selected =
        java.util.Objects.equals(from, yearFrom) && java.util.Objects.equals(to, yearTo);
    return selected
        ? href(build(filters, null, null, sort, 1))
        : href(build(filters, from, to, sort, 1));
  }

  String removeYear(String which) {
    return href(
        build(
            filters,
            YEAR_FROM.equals(which) ? null : yearFrom,
            YEAR_TO.equals(which) ? null : yearTo,
            sort,
            1));
  }

  String withSort(String value) {
    return href(build(filters, yearFrom, yearTo, value, 1));
  }

  String page(int page) {
    return href(build(filters, yearFrom, yearTo, sort, page));
  }

  /** The same search (filters, sort) for another query text. */
  String forQuery(String otherQuery) {
    return new SearchLinks(lang, otherQuery, filters, yearFrom, yearTo, sort, size).page(1);
  }

  /** The Atom feed of this search (newest first). */
  String feed() {
    String query = build(filters, yearFrom, yearTo, "relevance", 1);
    return "/" + lang + "/feed.xml" + (query.isEmpty() ? "" : "?" + query);
  }

  String clearFilters() {
    return href(build(Map.of(), null, null, sort, 1));
  }

  private Map<String, List<String>> copy() {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    filters.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
    return copy;
  }

  private String href(String queryString) {
    return "/" + lang + "/search" + (queryString.isEmpty() ? "" : "?" + queryString);
  }

  private String build(
      Map<String, List<String>> f, Integer from, Integer to, String sortBy, int page) {
    List<String> params = new ArrayList<>();
    if (!query.isEmpty()) {
      params.add(param("q", query));
    }
    f.forEach((facet, values) -> values.forEach(v -> params.add(param(facet, v))));
    if (from != null) {
      params.add(param(YEAR_FROM, from.toString()));
    }
    if (to != null) {
      params.add(param(YEAR_TO, to.toString()));
    }
    if (!"relevance".equals(sortBy)) {
      params.add(param("sort", sortBy));
    }
    if (size != DEFAULT_SIZE) {
      params.add(param("size", Integer.toString(size)));
    }
    if (page > 1) {
      params.add(param("page", Integer.toString(page)));
    }
    return String.join("&", params);
  }

  private static String param(String name, String value) {
    return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
