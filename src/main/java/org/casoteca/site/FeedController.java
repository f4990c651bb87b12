package org.casoteca.site;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casoteca.search.CaseStudySearcher;
import org.casoteca.search.SearchRequestParser;
import org.casoteca.search.SearchResult;
import org.casoteca.web.SiteAddress;

/**
 * {@code /{lang}/feed.xml}: an Atom feed of the latest case studies, narrowed by the same
 * parameters as a search (q, country, theme, ...), so a reader can follow a topic in a feed reader.
 */
@Controller
class FeedController {

  private static final MediaType ATOM = MediaType.of("application/atom+xml");
  private static final int ENTRIES = 20;

  private final SearchRequestParser parser;
  private final CaseStudySearcher searcher;
  private final SiteAddress address;
  private final SiteText text;

  FeedController(
      SearchRequestParser parser, CaseStudySearcher searcher, SiteAddress address, SiteText text) {
    this.parser = parser;
    this.searcher = searcher;
    this.address = address;
    this.text = text;
  }

  @Get("/{lang}/feed.xml")
  // Atom is XML: a reader that asks for XML in general gets the feed too.
  @Produces({"application/atom+xml", MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  HttpResponse<String> feed(String lang, HttpRequest<?> request) {
    SiteLanguage.require(lang);
    Map<String, List<String>> params = new HashMap<>(request.getParameters().asMap());
    params.put("lang", List.of(lang));
    params.put("sort", List.of("newest"));
    params.put("size", List.of(Integer.toString(ENTRIES)));
    params.remove("page");
    SearchResult result = searcher.search(parser.parse(params, lang));
    String base = address.base(request);
    String query = request.getUri().getRawQuery();
    String self = base + "/" + lang + "/feed.xml" + (query == null ? "" : "?" + query);
    String html = base + "/" + lang + "/search" + (query == null ? "" : "?" + query);
    String title =
        result.query().isEmpty() && result.applied().isEmpty()
            ? text.get("feed.title", lang)
            : text.get("feed.titleFor", lang, describe(result));
    return HttpResponse.ok(AtomFeed.write(title, self, html, base, result)).contentType(ATOM);
  }

  private static String describe(SearchResult result) {
    StringBuilder what = new StringBuilder(result.query());
    result.applied().forEach(f -> what.append(what.isEmpty() ? "" : ", ").append(f.label()));
    return what.toString();
  }
}
