package org.casoteca.submission;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The text of a submission as it was submitted for the {@code number}-th time. */
@MappedEntity("submission_revision")
record RevisionRow(
    @Id @GeneratedValue @Nullable Long id,
    long submissionId,
    int number,
    String markdown,
    String contentHash,
    Instant createdAt) {}
