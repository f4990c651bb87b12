package org.casoteca.site;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.View;

/** {@code /{lang}/overview}: the corpus in pictures, each with a table to read instead. */
@Controller
class OverviewController {

  private final OverviewPages pages;

  OverviewController(OverviewPages pages) {
    this.pages = pages;
  }

  @Get("/{lang}/overview")
  @Produces(MediaType.TEXT_HTML)
  @View("overview")
  OverviewPage show(String lang) {
    return pages.build(SiteLanguage.require(lang));
  }
}
