package org.casoteca.casestudy;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.List;
import org.casoteca.content.FrontMatter;
import org.casoteca.content.Heading;

/**
 * A case study in one language: metadata, sanitized HTML, Markdown source, table of contents, and
 * the case studies most like it.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record CaseStudyDetail(
    String id,
    String lang,
    List<String> languages,
    String collection,
    FrontMatter metadata,
    String html,
    String markdown,
    List<Heading> toc,
    String url,
    Instant updatedAt,
    List<RelatedCaseStudy> related) {

  /** {@code caseStudy} in {@code requestedLang} (else its other version), with related ones. */
  public static CaseStudyDetail of(
      PublishedCaseStudy caseStudy, String requestedLang, List<RelatedCaseStudy> related) {
    PublishedVersion v = caseStudy.versionOrFallback(requestedLang);
    return new CaseStudyDetail(
        caseStudy.id(),
        v.lang(),
        caseStudy.languages(),
        caseStudy.collection(),
        v.frontMatter(),
        v.html(),
        v.markdown(),
        v.toc(),
        "/" + v.lang() + "/case-studies/" + caseStudy.id(),
        v.updatedAt(),
        List.copyOf(related));
  }
}
