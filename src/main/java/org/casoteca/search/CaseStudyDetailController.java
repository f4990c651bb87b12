package org.casoteca.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import org.casoteca.casestudy.CaseStudies;
import org.casoteca.casestudy.CaseStudyDetail;
import org.casoteca.content.Languages;
import org.casoteca.web.BadRequestException;
import org.casoteca.web.LanguageNegotiation;
import org.casoteca.web.NotFoundException;

/**
 * {@code GET /api/case-studies/{id}}: one public case study in the reader's language, with the case
 * studies most like it.
 */
@Controller("/api/case-studies")
class CaseStudyDetailController {

  private static final int RELATED = 5;

  private final CaseStudies caseStudies;
  private final RelatedCaseStudies related;

  CaseStudyDetailController(CaseStudies caseStudies, RelatedCaseStudies related) {
    this.caseStudies = caseStudies;
    this.related = related;
  }

  @Get("/{id}")
  CaseStudyDetail show(String id, @Nullable @QueryValue String lang, HttpRequest<?> request) {
    if (lang != null && !Languages.isSupported(lang)) {
      throw new BadRequestException(
          "lang", "must be one of: " + String.join(", ", Languages.SUPPORTED));
    }
    String wanted = lang != null ? lang : LanguageNegotiation.preferred(request);
    return caseStudies
        .findPublished(id)
        .map(cs -> CaseStudyDetail.of(cs, wanted, related.find(cs.id(), wanted, RELATED)))
        .orElseThrow(
            () -> new NotFoundException("No published case study has the id '" + clip(id) + "'"));
  }

  private static String clip(String id) {
    return id.length() > 80 ? id.substring(0, 80) + "…" : id;
  }
}
