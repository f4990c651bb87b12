package org.casoteca.site;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.View;

/** {@code /{lang}/case-studies/{id}}: one case study. */
@Controller
class CaseStudyPageController {

  private final CaseStudyPages pages;

  CaseStudyPageController(CaseStudyPages pages) {
    this.pages = pages;
  }

  @Get("/{lang}/case-studies/{id}")
  @Produces(MediaType.TEXT_HTML)
  @View("case-study")
  CaseStudyPage show(String lang, String id) {
    return pages.build(SiteLanguage.require(lang), id);
  }
}
