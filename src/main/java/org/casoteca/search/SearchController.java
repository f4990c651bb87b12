package org.casoteca.search;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import org.casoteca.web.LanguageNegotiation;

/** {@code GET /api/case-studies}: search, filter, sort and page the public case studies. */
@Controller("/api/case-studies")
class SearchController {

  private final SearchRequestParser parser;
  private final CaseStudySearcher searcher;

  SearchController(SearchRequestParser parser, CaseStudySearcher searcher) {
    this.parser = parser;
    this.searcher = searcher;
  }

  @Get
  SearchResult search(HttpRequest<?> request) {
    return searcher.search(
        parser.parse(request.getParameters().asMap(), LanguageNegotiation.preferred(request)));
  }
}
