package org.casoteca.submission;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.casoteca.account.CsrfTokens;
import org.casoteca.account.Viewer;
import org.casoteca.account.WorkChrome;
import org.casoteca.account.WorkPages;
import org.casoteca.content.Problem;

/** Builds the editor page in each of its situations. */
@Singleton
class SubmissionPages {

  private final WorkPages pages;
  private final CsrfTokens csrf;
  private final SubmissionWorkflow workflow;

  SubmissionPages(WorkPages pages, CsrfTokens csrf, SubmissionWorkflow workflow) {
    this.pages = pages;
    this.csrf = csrf;
    this.workflow = workflow;
  }

  /** The editor for a text, with whatever happened to it. */
  HttpResponse<?> editor(
      HttpRequest<?> request,
      String lang,
      @Nullable Viewer viewer,
      @Nullable Submission submission,
      String id,
      String caseStudyLang,
      String markdown,
      Outcome outcome) {
    String path = submission == null ? "/submissions/new" : "/submissions/" + submission.id();
    String titleKey =
        submission == null
            ? "submission.new.title"
            : submission.stateValue().isEditable()
                ? "submission.edit.title"
                : "submission.view.title";
    WorkChrome work = pages.chrome(request, lang, titleKey, path, viewer);
    Long postTo = submission == null ? outcome.postTo() : Long.valueOf(submission.id());
    String action =
        "/"
            + lang
            + (postTo == null ? "/submissions" : "/submissions/" + postTo)
            + "?csrfToken="
            + URLEncoder.encode(csrf.tokenFor(request), StandardCharsets.UTF_8);
    boolean editable =
        submission == null
            || (viewer != null
                && submission.ownerId() == viewer.id()
                && submission.stateValue().isEditable());
    List<ProvenanceEntry> history =
        submission == null || viewer == null
            ? List.of()
            : workflow.provenance(viewer, submission.id());
    SubmissionFormPage page =
        new SubmissionFormPage(
            work,
            submission,
            id,
            caseStudyLang,
            markdown,
            outcome.version(submission),
            outcome.problems(),
            outcome.checked(),
            outcome.previewHtml(),
            outcome.notice() == null ? null : pages.text(outcome.notice(), lang),
            outcome.error(),
            outcome.expired(),
            editable,
            action,
            history);
    return HttpResponse.status(outcome.status())
        .contentType(MediaType.TEXT_HTML_TYPE)
        .body(new ModelAndView<>("submission-form", page));
  }

  String text(String key, String lang, Object... args) {
    return pages.text(key, lang, args);
  }

  /** What happened to the text the editor shows. */
  record Outcome(
      HttpStatus status,
      List<Problem> problems,
      boolean checked,
      @Nullable String previewHtml,
      @Nullable String notice,
      @Nullable String error,
      boolean expired,
      @Nullable Long formVersion,
      @Nullable Long postTo) {

    Outcome(
        HttpStatus status,
        List<Problem> problems,
        boolean checked,
        @Nullable String previewHtml,
        @Nullable String notice,
        @Nullable String error,
        boolean expired,
        @Nullable Long formVersion) {
      this(status, problems, checked, previewHtml, notice, error, expired, formVersion, null);
    }

    static Outcome fresh() {
      return new Outcome(HttpStatus.OK, List.of(), false, null, null, null, false, null);
    }

    long version(@Nullable Submission submission) {
      if (formVersion != null) {
        return formVersion;
      }
      return submission == null ? 0 : submission.version();
    }
  }
}
