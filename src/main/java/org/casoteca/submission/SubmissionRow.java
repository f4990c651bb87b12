package org.casoteca.submission;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A contribution of one language version: its current text exactly as written, its state, who has
 * claimed it, and a version number that every change increments (the optimistic lock).
 */
@MappedEntity("submission")
record SubmissionRow(
    @Id @GeneratedValue @Nullable Long id,
    String caseStudyId,
    String lang,
    String kind,
    long ownerId,
    String state,
    @Nullable Long claimedBy,
    String markdown,
    String contentHash,
    String title,
    @Nullable String collection,
    int revision,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  SubmissionState stateValue() {
    return SubmissionState.parse(state).orElseThrow();
  }
}
