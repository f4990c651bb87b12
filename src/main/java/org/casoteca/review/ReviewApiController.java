package org.casoteca.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import org.casoteca.account.Role;
import org.casoteca.account.Viewer;
import org.casoteca.account.Viewers;
import org.casoteca.submission.ActionJson;
import org.casoteca.submission.Submission;
import org.casoteca.submission.SubmissionSummary;
import org.casoteca.submission.SubmissionWorkflow;
import org.casoteca.submission.WorkflowAction;

/**
 * Curators' API: the review queue and the actions on a submission. Each action takes an optional
 * JSON body {@code {"version": n, "reason": "..."}}; a reason is required to request changes or
 * reject (400), an illegal transition or a lost race answers 409 with the current state.
 */
@Controller("/api")
@Secured(Role.CURATOR_NAME)
class ReviewApiController {

  private final ReviewService review;
  private final SubmissionWorkflow workflow;
  private final Viewers viewers;

  ReviewApiController(ReviewService review, SubmissionWorkflow workflow, Viewers viewers) {
    this.review = review;
    this.workflow = workflow;
    this.viewers = viewers;
  }

  @Get("/review-queue")
  List<SubmissionSummary> queue(
      @Nullable @QueryValue List<String> state,
      @Nullable @QueryValue String collection,
      @Nullable @QueryValue String lang,
      @Nullable @QueryValue Boolean mine,
      Authentication authentication) {
    Viewer curator = viewers.require(authentication, Role.CURATOR);
    QueueFilter filter = QueueFilter.parse(state, collection, lang, mine);
    return workflow.queue(
        filter.states(), filter.collection(), filter.lang(), filter.mine() ? curator.id() : null);
  }

  @Post("/submissions/{id}/claim")
  Submission claim(long id, @Nullable @Body ActionJson body, Authentication authentication) {
    return act(id, body, WorkflowAction.CLAIM, authentication);
  }

  @Post("/submissions/{id}/unclaim")
  Submission unclaim(long id, @Nullable @Body ActionJson body, Authentication authentication) {
    return act(id, body, WorkflowAction.UNCLAIM, authentication);
  }

  @Post("/submissions/{id}/request-changes")
  Submission requestChanges(
      long id, @Nullable @Body ActionJson body, Authentication authentication) {
    return act(id, body, WorkflowAction.REQUEST_CHANGES, authentication);
  }

  @Post("/submissions/{id}/reject")
  Submission reject(long id, @Nullable @Body ActionJson body, Authentication authentication) {
    return act(id, body, WorkflowAction.REJECT, authentication);
  }

  @Post("/submissions/{id}/publish")
  Submission publish(long id, @Nullable @Body ActionJson body, Authentication authentication) {
    return act(id, body, WorkflowAction.PUBLISH, authentication);
  }

  @Post("/submissions/{id}/unpublish")
  Submission unpublish(long id, @Nullable @Body ActionJson body, Authentication authentication) {
    return act(id, body, WorkflowAction.UNPUBLISH, authentication);
  }

  private Submission act(
      long id, @Nullable ActionJson body, WorkflowAction action, Authentication authentication) {
    Viewer curator = viewers.require(authentication, Role.CURATOR);
    ActionJson a = body == null ? ActionJson.NONE : body;
    return review.act(curator, id, a.version(), action, a.reason());
  }
}
