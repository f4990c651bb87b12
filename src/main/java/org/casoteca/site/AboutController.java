package org.casoteca.site;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.View;
import org.casoteca.search.CaseStudySearcher;

/** {@code /{lang}/about}: what Casoteca is and what its corpus is not. */
@Controller
class AboutController {

  private final SiteText text;
  private final CaseStudySearcher searcher;

  AboutController(SiteText text, CaseStudySearcher searcher) {
    this.text = text;
    this.searcher = searcher;
  }

  @Get("/{lang}/about")
  @Produces(MediaType.TEXT_HTML)
  @View("about")
  AboutPage about(String lang) {
    SiteLanguage.require(lang);
    return new AboutPage(
        PageChrome.of(lang, text.get("about.title", lang), "/about", ""),
        searcher.publishedCount());
  }
}
