package org.casoteca.submission;

import static org.casoteca.submission.SubmissionState.CHANGES_REQUESTED;
import static org.casoteca.submission.SubmissionState.DRAFT;
import static org.casoteca.submission.SubmissionState.IN_REVIEW;
import static org.casoteca.submission.SubmissionState.PUBLISHED;
import static org.casoteca.submission.SubmissionState.REJECTED;
import static org.casoteca.submission.SubmissionState.SUBMITTED;
import static org.casoteca.submission.SubmissionState.UNPUBLISHED;
import static org.casoteca.submission.SubmissionState.WITHDRAWN;

import java.util.Map;
import java.util.Optional;

/**
 * The workflow's state machine. Anything not listed is an illegal transition (409).
 *
 * <pre>
 * draft ─submit─▶ submitted ─claim─▶ in_review ─publish─▶ published ─unpublish─▶ unpublished
 *   ▲  save          │  ▲   unclaim     │   │ request_changes
 *   └──(submitted)───┘  └───submit──── changes_requested ◀┘
 *                                       │ reject ─▶ rejected
 * withdraw: from draft, submitted, in_review, changes_requested ─▶ withdrawn
 * </pre>
 */
public final class Transitions {

  private static final Map<SubmissionState, Map<WorkflowAction, SubmissionState>> TABLE =
      Map.of(
          DRAFT,
          Map.of(
              WorkflowAction.SAVE, DRAFT,
              WorkflowAction.SUBMIT, SUBMITTED,
              WorkflowAction.WITHDRAW, WITHDRAWN),
          SUBMITTED,
          Map.of(
              WorkflowAction.SAVE, DRAFT,
              WorkflowAction.SUBMIT, SUBMITTED,
              WorkflowAction.CLAIM, IN_REVIEW,
              WorkflowAction.WITHDRAW, WITHDRAWN),
          IN_REVIEW,
          Map.of(
              WorkflowAction.UNCLAIM, SUBMITTED,
              WorkflowAction.REQUEST_CHANGES, CHANGES_REQUESTED,
              WorkflowAction.REJECT, REJECTED,
              WorkflowAction.PUBLISH, PUBLISHED,
              WorkflowAction.WITHDRAW, WITHDRAWN),
          CHANGES_REQUESTED,
          Map.of(
              WorkflowAction.SAVE, CHANGES_REQUESTED,
              WorkflowAction.SUBMIT, SUBMITTED,
              WorkflowAction.WITHDRAW, WITHDRAWN),
          PUBLISHED,
          Map.of(WorkflowAction.UNPUBLISH, UNPUBLISHED),
          REJECTED,
          Map.of(),
          WITHDRAWN,
          Map.of(),
          UNPUBLISHED,
          Map.of());

  private Transitions() {}

  /** The state after {@code action}, or empty when the action is not allowed in {@code from}. */
  public static Optional<SubmissionState> next(SubmissionState from, WorkflowAction action) {
    return Optional.ofNullable(TABLE.get(from).get(action));
  }
}
