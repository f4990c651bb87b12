package org.casoteca.site;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.View;

/** {@code /{lang}/}: the home page. */
@Controller
class HomeController {

  private final HomePages pages;

  HomeController(HomePages pages) {
    this.pages = pages;
  }

  @Get("/{lang}")
  @Produces(MediaType.TEXT_HTML)
  @View("home")
  HomePage home(String lang) {
    return pages.build(SiteLanguage.require(lang));
  }
}
