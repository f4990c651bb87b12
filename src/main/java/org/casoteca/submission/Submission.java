package org.casoteca.submission;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;

/**
 * A submission as its owner and curators see it. {@code kind} is {@code new} for a new case study
 * or language version and {@code edit} for a change to a published one. {@code version} is the
 * optimistic lock: send it back with a change to make sure nobody acted in between.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record Submission(
    long id,
    String caseStudyId,
    String lang,
    String kind,
    long ownerId,
    String owner,
    String state,
    @Nullable String claimedBy,
    @Nullable Long claimedById,
    String title,
    @Nullable String collection,
    int revision,
    long version,
    Instant createdAt,
    Instant updatedAt,
    String markdown) {

  public SubmissionState stateValue() {
    return SubmissionState.parse(state).orElseThrow();
  }

  public boolean isEdit() {
    return "edit".equals(kind);
  }
}
