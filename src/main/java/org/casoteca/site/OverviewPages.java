package org.casoteca.site;

import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casoteca.content.Taxonomy;
import org.casoteca.search.CaseStudySearcher;
import org.casoteca.search.FacetCount;
import org.casoteca.search.SearchRequestParser;
import org.casoteca.search.SearchResult;

/**
 * Builds the overview from facet counts of the search index: one search for the totals, one per
 * evidence level for the gap map, so the cost grows with the vocabularies, not the corpus.
 */
@Singleton
class OverviewPages {

  static final int BAR_HEIGHT = 26;
  static final int BAR_MAX = 240;
  static final int GAP_LABEL = 330;
  static final int GAP_COLUMN = 58;
  static final int GAP_HEAD = 130;
  static final int GAP_ROW = 30;

  private final SearchRequestParser parser;
  private final CaseStudySearcher searcher;
  private final Taxonomy taxonomy;
  private final SiteText text;

  OverviewPages(
      SearchRequestParser parser, CaseStudySearcher searcher, Taxonomy taxonomy, SiteText text) {
    this.parser = parser;
    this.searcher = searcher;
    this.taxonomy = taxonomy;
    this.text = text;
  }

  OverviewPage build(String lang) {
    SearchResult all = search(lang, Map.of());
    Map<String, List<FacetCount>> facets = all.facets();
    List<FacetCount> countries = facets.getOrDefault("country", List.of());
    List<FacetCount> evidence = ordered(facets.getOrDefault("evidence", List.of()));
    return new OverviewPage(
        PageChrome.of(lang, text.get("overview.title", lang), "/overview", ""),
        all.total(),
        chart("countries", countries, lang, "country"),
        chart("themes", facets.getOrDefault("theme", List.of()), lang, "theme"),
        chart("evidence", evidence, lang, "evidence"),
        years(facets.getOrDefault("start_year", List.of()), lang),
        map(countries, lang),
        countries.stream()
            .filter(c -> !CountryOutlines.codes().contains(c.value()))
            .mapToLong(FacetCount::count)
            .sum(),
        gaps(lang, facets.getOrDefault("theme", List.of()), evidence));
  }

  private SearchResult search(String lang, Map<String, List<String>> filters) {
    Map<String, List<String>> params = new LinkedHashMap<>(filters);
    params.put("size", List.of("1"));
    params.put("lang", List.of(lang));
    return searcher.search(parser.parse(params, lang));
  }

  /** Evidence levels in the order of the scale (strongest first), not by count. */
  private List<FacetCount> ordered(List<FacetCount> counts) {
    List<FacetCount> list = new ArrayList<>();
    for (String slug : taxonomy.evidenceRatings().slugs()) {
      counts.stream().filter(c -> c.value().equals(slug)).findFirst().ifPresent(list::add);
    }
    return list;
  }

  private static OverviewPage.Chart chart(
      String id, List<FacetCount> counts, String lang, String facet) {
    long max = counts.stream().mapToLong(FacetCount::count).max().orElse(1);
    List<OverviewPage.Bar> bars = new ArrayList<>();
    for (int i = 0; i < counts.size(); i++) {
      FacetCount c = counts.get(i);
      bars.add(
          new OverviewPage.Bar(
              c.label(),
              shorten(c.label()),
              c.count(),
              href(lang, facet + "=" + encode(c.value())),
              i * BAR_HEIGHT,
              (int) Math.max(2, Math.round((double) c.count() / max * BAR_MAX))));
    }
    // A little room below the last bar.
    return new OverviewPage.Chart(id, Math.max(BAR_HEIGHT, counts.size() * BAR_HEIGHT) + 4, bars);
  }

  /** Start-year ranges in time order, each linking to its year range. */
  private static OverviewPage.Chart years(List<FacetCount> counts, String lang) {
    List<FacetCount> sorted = new ArrayList<>(counts);
    sorted.sort((a, b) -> a.value().compareTo(b.value()));
    OverviewPage.Chart chart = chart("years", sorted, lang, "year");
    List<OverviewPage.Bar> bars = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      String[] range = sorted.get(i).value().split("-", -1);
      String query =
          (range[0].isEmpty() ? "" : "year_from=" + range[0])
              + (range[0].isEmpty() || range[1].isEmpty() ? "" : "&")
              + (range[1].isEmpty() ? "" : "year_to=" + range[1]);
      OverviewPage.Bar b = chart.bars().get(i);
      bars.add(
          new OverviewPage.Bar(
              b.label(), b.shortLabel(), b.count(), href(lang, query), b.y(), b.width()));
    }
    return new OverviewPage.Chart("years", chart.height(), bars);
  }

  private List<OverviewPage.Region> map(List<FacetCount> counts, String lang) {
    Map<String, Long> byCode = new LinkedHashMap<>();
    counts.forEach(c -> byCode.put(c.value(), c.count()));
    long max =
        CountryOutlines.codes().stream().mapToLong(c -> byCode.getOrDefault(c, 0L)).max().orElse(1);
    List<OverviewPage.Region> regions = new ArrayList<>();
    for (String code : CountryOutlines.codes()) {
      long count = byCode.getOrDefault(code, 0L);
      double[] centre = CountryOutlines.centre(code);
      int shade = count == 0 ? 0 : (int) Math.max(1, Math.ceil(4.0 * count / Math.max(1, max)));
      regions.add(
          new OverviewPage.Region(
              code,
              taxonomy.countryLabel(code, lang),
              count,
              href(lang, "country=" + code),
              CountryOutlines.path(code),
              centre[0],
              centre[1],
              shade));
    }
    return regions;
  }

  private OverviewPage.GapMap gaps(String lang, List<FacetCount> themes, List<FacetCount> levels) {
    List<OverviewPage.Column> columns = new ArrayList<>();
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    long max = 1;
    for (int i = 0; i < levels.size(); i++) {
      String level = levels.get(i).value();
      columns.add(
          new OverviewPage.Column(
              level, levels.get(i).label(), GAP_LABEL + i * GAP_COLUMN + GAP_COLUMN / 2));
      Map<String, Long> byTheme = new LinkedHashMap<>();
      for (FacetCount t : search(lang, Map.of("evidence", List.of(level))).facets().get("theme")) {
        byTheme.put(t.value(), t.count());
        max = Math.max(max, t.count());
      }
      counts.put(level, byTheme);
    }
    List<OverviewPage.Row> rows = new ArrayList<>();
    for (int r = 0; r < themes.size(); r++) {
      FacetCount theme = themes.get(r);
      List<OverviewPage.Cell> cells = new ArrayList<>();
      for (OverviewPage.Column column : columns) {
        long n = counts.get(column.slug()).getOrDefault(theme.value(), 0L);
        if (n > 0) {
          cells.add(
              new OverviewPage.Cell(
                  column.label(),
                  n,
                  href(
                      lang,
                      "theme=" + encode(theme.value()) + "&evidence=" + encode(column.slug())),
                  column.x(),
                  // Area, not radius, is proportional to the count.
                  Math.round(Math.sqrt((double) n / max) * (GAP_ROW / 2.0 - 2) * 10) / 10.0 + 2));
        }
      }
      rows.add(
          new OverviewPage.Row(
              theme.label(), shorten(theme.label()), GAP_HEAD + r * GAP_ROW + GAP_ROW / 2, cells));
    }
    return new OverviewPage.GapMap(
        GAP_LABEL + columns.size() * GAP_COLUMN + 10,
        GAP_HEAD + themes.size() * GAP_ROW + 10,
        columns,
        rows);
  }

  private static String shorten(String label) {
    return label.length() <= 44 ? label : label.substring(0, 42).strip() + "…";
  }

  private static String href(String lang, String query) {
    return "/" + lang + "/search" + (query.isEmpty() ? "" : "?" + query);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
