package org.casoteca.review;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.casoteca.account.Viewer;
import org.casoteca.casestudy.AlreadyPublishedException;
import org.casoteca.casestudy.CaseStudyWriter;
import org.casoteca.casestudy.NewVersion;
import org.casoteca.casestudy.Origin;
import org.casoteca.submission.CheckedText;
import org.casoteca.submission.Submission;
import org.casoteca.submission.SubmissionWorkflow;
import org.casoteca.submission.WorkflowAction;
import org.casoteca.web.ConflictException;
import org.casoteca.web.InvalidContentException;

/**
 * Curators' actions. Publishing and unpublishing change the submission's state, the public case
 * study and the change log in one transaction: all of it commits, or none. The search index follows
 * the change log right after the commit.
 */
@Singleton
public class ReviewService {

  private final SubmissionWorkflow workflow;
  private final CaseStudyWriter writer;

  ReviewService(SubmissionWorkflow workflow, CaseStudyWriter writer) {
    this.workflow = workflow;
    this.writer = writer;
  }

  @Transactional
  public Submission act(
      Viewer curator,
      long submissionId,
      @Nullable Long expectedVersion,
      WorkflowAction action,
      @Nullable String reason) {
    String before = workflow.currentState(submissionId);
    Submission after = workflow.act(curator, submissionId, expectedVersion, action, reason);
    if (action == WorkflowAction.PUBLISH) {
      CheckedText text = workflow.check(after);
      if (!text.isValid()) {
        throw new InvalidContentException(text.problems());
      }
      NewVersion version =
          new NewVersion(
              after.caseStudyId(),
              after.lang(),
              Origin.SUBMISSION,
              null,
              text.contentHash(),
              text.parsed().orElseThrow());
      try {
        // A "new" submission never silently replaces a version published since it was made.
        writer.publish(version, after.kind().equals("new"));
      } catch (AlreadyPublishedException e) {
        throw new ConflictException(e.getMessage(), before);
      }
    } else if (action == WorkflowAction.UNPUBLISH) {
      writer.unpublish(after.caseStudyId(), after.lang());
    }
    return after;
  }
}
