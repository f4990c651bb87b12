package org.casoteca.submission;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The JSON form of a new or changed submission text. */
@Serdeable
record SubmissionJson(
    @Nullable String id,
    @Nullable String lang,
    @Nullable String markdown,
    @Nullable Boolean submit,
    @Nullable Long version) {}
