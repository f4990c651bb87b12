package org.casoteca.submission;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;

/** A line of a submission list: everything but the text. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record SubmissionSummary(
    long id,
    String caseStudyId,
    String lang,
    String kind,
    String owner,
    String state,
    @Nullable String claimedBy,
    String title,
    @Nullable String collection,
    int revision,
    long version,
    Instant updatedAt) {

  static SubmissionSummary of(Submission s) {
    return new SubmissionSummary(
        s.id(),
        s.caseStudyId(),
        s.lang(),
        s.kind(),
        s.owner(),
        s.state(),
        s.claimedBy(),
        s.title(),
        s.collection(),
        s.revision(),
        s.version(),
        s.updatedAt());
  }
}
