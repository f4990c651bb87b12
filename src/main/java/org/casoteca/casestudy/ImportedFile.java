package org.casoteca.casestudy;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** The import state of one file of the content folder. */
@Introspected
record ImportedFile(
    String caseStudyId,
    String lang,
    @Nullable String sourcePath,
    String contentHash,
    int renderVersion,
    boolean published) {}
