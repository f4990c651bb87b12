package org.casoteca.submission;

import java.util.Locale;
import java.util.Optional;

/** Where a submission is in the review workflow; see {@link Transitions}. */
public enum SubmissionState {
  DRAFT,
  SUBMITTED,
  IN_REVIEW,
  CHANGES_REQUESTED,
  PUBLISHED,
  REJECTED,
  WITHDRAWN,
  UNPUBLISHED;

  public String column() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The contributor may change the text. */
  public boolean isEditable() {
    return this == DRAFT || this == SUBMITTED || this == CHANGES_REQUESTED;
  }

  public static Optional<SubmissionState> parse(String value) {
    for (SubmissionState s : values()) {
      if (s.column().equals(value)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
