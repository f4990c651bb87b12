package org.casoteca.site;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.View;
import org.casoteca.web.SiteAddress;

/** {@code /{lang}/case-studies/{id}}: one case study. */
@Controller
class CaseStudyPageController {

  private final CaseStudyPages pages;
  private final SiteAddress address;

  CaseStudyPageController(CaseStudyPages pages, SiteAddress address) {
    this.pages = pages;
    this.address = address;
  }

  @Get("/{lang}/case-studies/{id}")
  @Produces(MediaType.TEXT_HTML)
  @View("case-study")
  CaseStudyPage show(String lang, String id, HttpRequest<?> request) {
    return pages.build(SiteLanguage.require(lang), id, address.base(request));
  }
}
