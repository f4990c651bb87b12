package org.casoteca.casestudy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One language version of a case study: the Markdown exactly as written, and what was derived from
 * it (metadata as JSON, sanitized HTML, plain text, table of contents as JSON).
 */
@MappedEntity("case_study_translation")
record TranslationRow(
    @Id @GeneratedValue @Nullable Long id,
    String caseStudyId,
    String lang,
    String origin,
    @Nullable String sourcePath,
    String contentHash,
    String markdown,
    String title,
    String summary,
    String metadata,
    String html,
    String plainText,
    String toc,
    int renderVersion,
    boolean published,
    Instant updatedAt) {

  TranslationRow withPublished(boolean value, Instant at) {
    return new TranslationRow(
        id,
        caseStudyId,
        lang,
        origin,
        sourcePath,
        contentHash,
        markdown,
        title,
        summary,
        metadata,
        html,
        plainText,
        toc,
        renderVersion,
        value,
        at);
  }
}
