package org.casoteca.opendata;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casoteca.casestudy.CaseStudies;
import org.casoteca.casestudy.PublishedCaseStudy;
import org.casoteca.content.Languages;
import org.casoteca.search.CaseStudySearcher;
import org.casoteca.search.SearchHit;
import org.casoteca.search.SearchRequestParser;
import org.casoteca.search.SearchResult;
import org.casoteca.web.BadRequestException;
import org.casoteca.web.LanguageNegotiation;
import org.casoteca.web.NotFoundException;
import org.casoteca.web.SiteAddress;

/**
 * Citations for reference managers: {@code GET /api/case-studies/{id}/citation?format=} for one
 * case study, {@code GET /api/citations?format=&q=&country=…} for a page of search results (the
 * same parameters as the search API).
 */
@Controller
class CitationController {

  private final CaseStudies caseStudies;
  private final SearchRequestParser parser;
  private final CaseStudySearcher searcher;
  private final Citations citations;
  private final SiteAddress address;

  CitationController(
      CaseStudies caseStudies,
      SearchRequestParser parser,
      CaseStudySearcher searcher,
      Citations citations,
      SiteAddress address) {
    this.caseStudies = caseStudies;
    this.parser = parser;
    this.searcher = searcher;
    this.citations = citations;
    this.address = address;
  }

  /**
   * One case study's citation.
   *
   * @param id the case study id
   * @param format {@code bibtex} (default), {@code ris} or {@code csl-json}
   * @param lang {@code es} or {@code en}: the version cited (default: Accept-Language)
   */
  @Get("/api/case-studies/{id}/citation")
  HttpResponse<String> one(
      String id,
      @Nullable @QueryValue String format,
      @Nullable @QueryValue String lang,
      HttpRequest<?> request) {
    CitationFormat f = format(format);
    String wanted = lang(lang, request);
    PublishedCaseStudy cs =
        caseStudies
            .findPublished(id)
            .orElseThrow(() -> new NotFoundException("No published case study has this id"));
    CitedWork work = CitedWork.of(cs, wanted, address.base(request));
    return answer(f, List.of(work), work.key());
  }

  /**
   * The citations of one page of search results, in result order.
   *
   * @param format {@code bibtex} (default), {@code ris} or {@code csl-json}
   */
  @Get("/api/citations")
  HttpResponse<String> list(@Nullable @QueryValue String format, HttpRequest<?> request) {
    CitationFormat f = format(format);
    SearchResult result =
        searcher.search(
            parser.parse(request.getParameters().asMap(), LanguageNegotiation.preferred(request)));
    List<String> ids = result.hits().stream().map(SearchHit::id).toList();
    Map<String, PublishedCaseStudy> byId = new LinkedHashMap<>();
    caseStudies.findPublished(ids).forEach(cs -> byId.put(cs.id(), cs));
    String base = address.base(request);
    List<CitedWork> works =
        ids.stream()
            .map(byId::get)
            .filter(Objects::nonNull)
            .map(cs -> CitedWork.of(cs, result.lang(), base))
            .toList();
    return answer(f, works, "casoteca-results");
  }

  private HttpResponse<String> answer(CitationFormat f, List<CitedWork> works, String name) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    return HttpResponse.ok(citations.write(f, works, today))
        .contentType(f.mediaType())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "inline; filename=\"" + name + "." + f.extension() + "\"");
  }

  private static CitationFormat format(String format) {
    if (format == null) {
      return CitationFormat.BIBTEX;
    }
    return CitationFormat.parse(format)
        .orElseThrow(
            () -> new BadRequestException("format", "must be " + CitationFormat.allowed()));
  }

  private static String lang(String lang, HttpRequest<?> request) {
    if (lang != null && !Languages.isSupported(lang)) {
      throw new BadRequestException(
          "lang", "must be one of: " + String.join(", ", Languages.SUPPORTED));
    }
    return lang != null ? lang : LanguageNegotiation.preferred(request);
  }
}
