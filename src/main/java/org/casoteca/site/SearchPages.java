package org.casoteca.site;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casoteca.search.AppliedFilter;
import org.casoteca.search.CaseStudySearcher;
import org.casoteca.search.FacetCount;
import org.casoteca.search.SearchRequestParser;
import org.casoteca.search.SearchResult;

/** Builds the results page from request parameters. */
@Singleton
class SearchPages {

  private static final List<String> SORTS = List.of("relevance", "newest", "title");
  private static final int PAGE_WINDOW = 3;

  private final SearchRequestParser parser;
  private final CaseStudySearcher searcher;
  private final HitViews hitViews;
  private final SiteText text;

  SearchPages(
      SearchRequestParser parser, CaseStudySearcher searcher, HitViews hitViews, SiteText text) {
    this.parser = parser;
    this.searcher = searcher;
    this.hitViews = hitViews;
    this.text = text;
  }

  SearchPage build(String lang, Map<String, List<String>> params) {
    Map<String, List<String>> withLang = new HashMap<>(params);
    withLang.put("lang", List.of(lang));
    SearchResult result = searcher.search(parser.parse(withLang, lang));
    SearchLinks links = SearchLinks.of(lang, result);
    String title =
        result.query().isEmpty()
            ? text.get("search.title", lang)
            : text.get("search.titleFor", lang, result.query());
    return new SearchPage(
        PageChrome.of(lang, title, "/search", links.queryString()),
        result.query(),
        result.total(),
        result.page(),
        result.hits().stream().map(h -> hitViews.of(h, lang)).toList(),
        facets(result, links, lang),
        applied(result, links, lang),
        links.clearFilters(),
        SORTS.stream()
            .map(
                s ->
                    new Link(
                        text.get("sort." + s, lang), links.withSort(s), 0, s.equals(result.sort())))
            .toList(),
        pagination(result, links),
        result.suggestion() == null
            ? null
            : new Link(result.suggestion(), links.forQuery(result.suggestion()), 0, false),
        result.corrected(),
        result.total() > 0 && result.match().equals("partial"),
        result.searched() == null ? null : String.join(" ", result.searched()),
        links.feed());
  }

  private List<FacetGroup> facets(SearchResult result, SearchLinks links, String lang) {
    List<FacetGroup> groups = new ArrayList<>();
    result
        .facets()
        .forEach(
            (name, counts) -> {
              if (!counts.isEmpty()) {
                List<Link> values =
                    counts.stream()
                        .map(
                            c ->
                                new Link(
                                    c.label(), toggle(name, c, links), c.count(), c.selected()))
                        .toList();
                groups.add(new FacetGroup(name, text.get("facet." + name, lang), values));
              }
            });
    return groups;
  }

  private static String toggle(String facet, FacetCount count, SearchLinks links) {
    if (!facet.equals("start_year")) {
      return links.toggle(facet, count.value());
    }
    String[] bounds = count.value().split("-", -1);
    return links.toggleYears(
        bounds[0].isEmpty() ? null : Integer.valueOf(bounds[0]),
        bounds[1].isEmpty() ? null : Integer.valueOf(bounds[1]));
  }

  private List<Link> applied(SearchResult result, SearchLinks links, String lang) {
    List<Link> applied = new ArrayList<>();
    for (AppliedFilter f : result.applied()) {
      boolean year = f.facet().startsWith("year_");
      String facetTitle = text.get("facet." + (year ? "start_year" : f.facet()), lang);
      String remove = year ? links.removeYear(f.facet()) : links.toggle(f.facet(), f.value());
      applied.add(new Link(facetTitle + ": " + f.label(), remove, 0, true));
    }
    return applied;
  }

  private static Pagination pagination(SearchResult result, SearchLinks links) {
    int last = result.lastPage();
    int current = result.page();
    List<Link> pages = new ArrayList<>();
    for (int p = Math.max(1, current - PAGE_WINDOW);
        p <= Math.min(last, current + PAGE_WINDOW);
        p++) {
      pages.add(new Link(Integer.toString(p), links.page(p), 0, p == current));
    }
    return new Pagination(
        current > 1 ? links.page(current - 1) : null,
        current < last ? links.page(current + 1) : null,
        pages.size() > 1 ? pages : List.of());
  }
}
