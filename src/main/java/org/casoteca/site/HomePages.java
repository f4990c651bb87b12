package org.casoteca.site;

import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.casoteca.search.CaseStudySearcher;
import org.casoteca.search.FacetCount;
import org.casoteca.search.SearchRequestParser;
import org.casoteca.search.SearchResult;

/** Builds the home page: browse links with counts and the latest case studies. */
@Singleton
class HomePages {

  private static final int LATEST = 6;

  private final SearchRequestParser parser;
  private final CaseStudySearcher searcher;
  private final HitViews hitViews;
  private final SiteText text;

  HomePages(
      SearchRequestParser parser, CaseStudySearcher searcher, HitViews hitViews, SiteText text) {
    this.parser = parser;
    this.searcher = searcher;
    this.hitViews = hitViews;
    this.text = text;
  }

  HomePage build(String lang) {
    SearchResult all =
        searcher.search(
            parser.parse(
                Map.of(
                    "sort",
                    List.of("newest"),
                    "size",
                    List.of(Integer.toString(LATEST)),
                    "lang",
                    List.of(lang)),
                lang));
    return new HomePage(
        PageChrome.of(lang, text.get("home.title", lang), "/", ""),
        all.total(),
        browse(all, "theme", lang),
        browse(all, "country", lang),
        browse(all, "collection", lang),
        all.hits().stream().map(h -> hitViews.of(h, lang)).toList());
  }

  private static List<Link> browse(SearchResult result, String facet, String lang) {
    List<FacetCount> counts = result.facets().getOrDefault(facet, List.of());
    return counts.stream()
        .map(
            c ->
                new Link(
                    c.label(),
                    "/"
                        + lang
                        + "/search?"
                        + facet
                        + "="
                        + URLEncoder.encode(c.value(), StandardCharsets.UTF_8),
                    c.count(),
                    false))
        .toList();
  }
}
