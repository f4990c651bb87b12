package org.casoteca.site;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.View;

/** {@code /{lang}/search}: the results page. */
@Controller
class SearchPageController {

  private final SearchPages pages;

  SearchPageController(SearchPages pages) {
    this.pages = pages;
  }

  @Get("/{lang}/search")
  @Produces(MediaType.TEXT_HTML)
  @View("search")
  SearchPage search(String lang, HttpRequest<?> request) {
    return pages.build(SiteLanguage.require(lang), request.getParameters().asMap());
  }
}
