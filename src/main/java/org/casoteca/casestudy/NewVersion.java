package org.casoteca.casestudy;

import io.micronaut.core.annotation.Nullable;
import org.casoteca.content.ParsedCaseStudy;

/** A valid language version about to be published. */
public record NewVersion(
    String caseStudyId,
    String lang,
    Origin origin,
    @Nullable String sourcePath,
    String contentHash,
    ParsedCaseStudy parsed) {}
