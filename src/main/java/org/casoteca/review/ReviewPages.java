package org.casoteca.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casoteca.account.Viewer;
import org.casoteca.account.WorkPages;
import org.casoteca.casestudy.CaseStudies;
import org.casoteca.casestudy.PublishedVersion;
import org.casoteca.submission.Preview;
import org.casoteca.submission.Revision;
import org.casoteca.submission.Submission;
import org.casoteca.submission.SubmissionWorkflow;
import org.casoteca.submission.Transitions;
import org.casoteca.submission.WorkflowAction;

/** Builds the curator's view of a submission. */
@Singleton
class ReviewPages {

  private final SubmissionWorkflow workflow;
  private final CaseStudies caseStudies;
  private final WorkPages pages;

  ReviewPages(SubmissionWorkflow workflow, CaseStudies caseStudies, WorkPages pages) {
    this.workflow = workflow;
    this.caseStudies = caseStudies;
    this.pages = pages;
  }

  ReviewPage build(
      HttpRequest<?> request,
      String lang,
      Viewer curator,
      long id,
      @Nullable String notice,
      @Nullable String error,
      String reason) {
    Submission s = workflow.find(curator, id);
    boolean mine = s.claimedById() != null && s.claimedById() == curator.id();
    return new ReviewPage(
        pages.chrome(request, lang, "review.view.title", "/review/" + id, curator),
        s,
        Preview.html(s.markdown()),
        workflow.check(s).problems(),
        previousDiff(curator, s),
        publishedDiff(s),
        workflow.provenance(curator, id),
        actions(s, mine),
        mine,
        notice,
        error,
        reason);
  }

  private @Nullable List<DiffLine> previousDiff(Viewer curator, Submission s) {
    List<Revision> revisions = workflow.revisions(curator, s.id());
    if (revisions.size() < 2) {
      return null;
    }
    String previous = revisions.get(revisions.size() - 2).markdown();
    return LineDiff.between(previous, s.markdown());
  }

  private @Nullable List<DiffLine> publishedDiff(Submission s) {
    Optional<PublishedVersion> published =
        caseStudies.findPublished(s.caseStudyId()).flatMap(cs -> cs.version(s.lang()));
    if (published.isEmpty() || published.get().markdown().equals(s.markdown())) {
      return null;
    }
    return LineDiff.between(published.get().markdown(), s.markdown());
  }

  private static List<String> actions(Submission s, boolean mine) {
    List<String> result = new ArrayList<>();
    for (WorkflowAction a : WorkflowAction.values()) {
      if (!a.isCuratorAction() || Transitions.next(s.stateValue(), a).isEmpty()) {
        continue;
      }
      boolean needsClaim = a != WorkflowAction.CLAIM && a != WorkflowAction.UNPUBLISH;
      if (!needsClaim || mine) {
        result.add(a.column().replace('_', '-'));
      }
    }
    return result;
  }
}
