package org.casoteca.site;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.View;

/**
 * {@code /openapi.yml}: the OpenAPI 3 description at a stable address; {@code /{lang}/api}: a page
 * that lists the public operations from it, served by the application itself (no script, no CDN).
 */
@Controller
class ApiDocsController {

  private final ApiDocs docs;
  private final SiteText text;

  ApiDocsController(ApiDocs docs, SiteText text) {
    this.docs = docs;
    this.text = text;
  }

  /** The OpenAPI 3 description of every route, generated from the code at build time. */
  @Get("/openapi.yml")
  @Produces("application/yaml")
  HttpResponse<String> openApi() {
    return HttpResponse.ok(docs.yaml()).contentType(MediaType.of("application/yaml;charset=utf-8"));
  }

  @Get("/{lang}/api")
  @Produces(MediaType.TEXT_HTML)
  @View("api")
  ApiPage page(String lang) {
    SiteLanguage.require(lang);
    return new ApiPage(
        PageChrome.of(lang, text.get("api.title", lang), "/api", ""), docs.operations());
  }
}
