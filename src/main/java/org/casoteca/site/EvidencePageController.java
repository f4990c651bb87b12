package org.casoteca.site;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.View;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casoteca.content.Taxonomy;
import org.casoteca.search.CaseStudySearcher;
import org.casoteca.search.FacetCount;
import org.casoteca.search.SearchRequestParser;

/**
 * {@code /{lang}/evidence}: what each evidence rating means, who rates and how. Every rating on the
 * site links here, to the anchor of its level.
 */
@Controller
class EvidencePageController {

  private final Taxonomy taxonomy;
  private final SearchRequestParser parser;
  private final CaseStudySearcher searcher;
  private final SiteText text;

  EvidencePageController(
      Taxonomy taxonomy, SearchRequestParser parser, CaseStudySearcher searcher, SiteText text) {
    this.taxonomy = taxonomy;
    this.parser = parser;
    this.searcher = searcher;
    this.text = text;
  }

  @Get("/{lang}/evidence")
  @Produces(MediaType.TEXT_HTML)
  @View("evidence")
  EvidencePage show(String lang) {
    SiteLanguage.require(lang);
    Map<String, Long> counts =
        searcher
            .search(parser.parse(Map.of("size", List.of("1"), "lang", List.of(lang)), lang))
            .facets()
            .getOrDefault("evidence", List.of())
            .stream()
            .collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    List<EvidencePage.Level> levels =
        taxonomy.evidenceRatings().slugs().stream()
            .map(
                slug ->
                    new EvidencePage.Level(
                        slug,
                        taxonomy.evidenceRatings().label(slug, lang),
                        text.get("evidence.level." + slug, lang),
                        counts.getOrDefault(slug, 0L),
                        "/" + lang + "/search?evidence=" + slug))
            .toList();
    List<EvidencePage.Level> designs =
        taxonomy.evidenceDesigns().slugs().stream()
            .map(
                slug ->
                    new EvidencePage.Level(
                        slug,
                        taxonomy.evidenceDesigns().label(slug, lang),
                        text.get("evidence.design." + slug, lang),
                        0,
                        null))
            .toList();
    return new EvidencePage(
        PageChrome.of(lang, text.get("evidence.title", lang), "/evidence", ""), levels, designs);
  }
}
