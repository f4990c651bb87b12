package org.casoteca.content;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A public source that supports the facts of a case study. */
@Serdeable
public record CaseStudySource(
    String title,
    String url,
    @Nullable String publisher,
    @Nullable Integer year,
    @Nullable String type) {}
