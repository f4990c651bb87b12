package org.casoteca.submission;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casoteca.account.Viewer;
import org.casoteca.account.Viewers;
import org.casoteca.account.WorkPages;
import org.casoteca.casestudy.CaseStudies;
import org.casoteca.casestudy.PublishedVersion;
import org.casoteca.content.CaseStudyFileName;
import org.casoteca.content.Languages;
import org.casoteca.content.Problem;
import org.casoteca.web.BadRequestException;
import org.casoteca.web.ClientAddress;
import org.casoteca.web.ConflictException;
import org.casoteca.web.ForbiddenException;
import org.casoteca.web.InvalidContentException;
import org.casoteca.web.TooManyRequestsException;

/**
 * The contributor's pages: their list, the editor for a new submission or an existing one, and
 * withdrawal. Posts from the editor are accepted without a session so that, when it has expired,
 * the text comes back in the editor instead of being lost in a redirect to the login page.
 */
@Controller("/{lang}/submissions")
class SubmissionFormController {

  private final SubmissionWorkflow workflow;
  private final SubmissionChecker checker;
  private final SubmissionPages pages;
  private final Viewers viewers;
  private final SubmissionLimiter limiter;
  private final WorkPages work;
  private final CaseStudies caseStudies;

  SubmissionFormController(
      SubmissionWorkflow workflow,
      SubmissionChecker checker,
      SubmissionPages pages,
      Viewers viewers,
      SubmissionLimiter limiter,
      WorkPages work,
      CaseStudies caseStudies) {
    this.workflow = workflow;
    this.checker = checker;
    this.pages = pages;
    this.viewers = viewers;
    this.limiter = limiter;
    this.work = work;
    this.caseStudies = caseStudies;
  }

  @Get
  @Produces(MediaType.TEXT_HTML)
  @View("submissions")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  SubmissionsPage list(HttpRequest<?> request, String lang, Authentication authentication) {
    WorkPages.requireLang(lang);
    Viewer viewer = viewers.require(authentication);
    return new SubmissionsPage(
        work.chrome(request, lang, "submissions.title", "/submissions", viewer),
        workflow.mine(viewer));
  }

  /** A new submission; {@code ?edit=<id>&l=<lang>} starts from a published version. */
  @Get("/new")
  @Produces(MediaType.TEXT_HTML)
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<?> create(
      HttpRequest<?> request,
      String lang,
      @Nullable @QueryValue String edit,
      @Nullable @QueryValue String l,
      Authentication authentication) {
    WorkPages.requireLang(lang);
    Viewer viewer = viewers.require(authentication);
    String versionLang = l != null && Languages.isSupported(l) ? l : lang;
    Optional<PublishedVersion> published =
        edit == null
            ? Optional.empty()
            : caseStudies.findPublished(edit).flatMap(cs -> cs.version(versionLang));
    return pages.editor(
        request,
        lang,
        viewer,
        null,
        edit != null && CaseStudyFileName.isValidId(edit) ? edit : "",
        versionLang,
        published.map(PublishedVersion::markdown).orElse(""),
        SubmissionPages.Outcome.fresh());
  }

  @Post
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.TEXT_HTML)
  @Secured(SecurityRule.IS_ANONYMOUS)
  HttpResponse<?> createPost(
      HttpRequest<?> request,
      String lang,
      @Nullable @Part("caseStudyId") String caseStudyId,
      @Nullable @Part("caseStudyLang") String caseStudyLang,
      @Nullable @Part("markdown") String markdown,
      @Nullable @Part("file") CompletedFileUpload file,
      @Nullable @Part("action") String action,
      @Nullable Authentication authentication) {
    WorkPages.requireLang(lang);
    SubmissionForm form = SubmissionForm.of(caseStudyId, caseStudyLang, markdown, file, action);
    Optional<Viewer> viewer = viewers.of(authentication);
    if (viewer.isEmpty()) {
      return expired(request, lang, null, form, null);
    }
    if (form.actionName().equals("preview")) {
      return preview(request, lang, viewer.get(), null, form, null);
    }
    try {
      limiter.consume(ClientAddress.of(request), viewer.get());
      Submission created =
          workflow.create(
              viewer.get(),
              form.id(),
              form.lang(),
              form.bytes(),
              form.actionName().equals("submit"));
      return done(lang, created);
    } catch (InvalidContentException e) {
      return refused(request, lang, viewer.get(), null, form, e.problems(), null, null);
    } catch (BadRequestException | ForbiddenException e) {
      return refused(request, lang, viewer.get(), null, form, List.of(), e.getMessage(), null);
    } catch (TooManyRequestsException e) {
      return refused(request, lang, viewer.get(), null, form, List.of(), e.getMessage(), null, 429);
    }
  }

  @Get("/{id}")
  @Produces(MediaType.TEXT_HTML)
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<?> show(
      HttpRequest<?> request,
      String lang,
      long id,
      @Nullable @QueryValue String done,
      Authentication authentication) {
    WorkPages.requireLang(lang);
    Viewer viewer = viewers.require(authentication);
    Submission submission = workflow.find(viewer, id);
    String notice =
        "submitted".equals(done)
            ? "submission.submitted"
            : "saved".equals(done) ? "submission.saved" : null;
    CheckedText checked = workflow.check(submission);
    return pages.editor(
        request,
        lang,
        viewer,
        submission,
        submission.caseStudyId(),
        submission.lang(),
        submission.markdown(),
        new SubmissionPages.Outcome(
            HttpStatus.OK,
            checked.problems(),
            true,
            Preview.html(submission.markdown()),
            notice,
            null,
            false,
            null));
  }

  @Post("/{id}")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.TEXT_HTML)
  @Secured(SecurityRule.IS_ANONYMOUS)
  HttpResponse<?> update(
      HttpRequest<?> request,
      String lang,
      long id,
      @Nullable @Part("version") Long version,
      @Nullable @Part("markdown") String markdown,
      @Nullable @Part("file") CompletedFileUpload file,
      @Nullable @Part("action") String action,
      @Nullable Authentication authentication) {
    WorkPages.requireLang(lang);
    SubmissionForm form = SubmissionForm.of(null, null, markdown, file, action);
    Optional<Viewer> viewer = viewers.of(authentication);
    if (viewer.isEmpty()) {
      return expired(request, lang, id, form, version);
    }
    Submission submission = workflow.find(viewer.get(), id);
    if (form.actionName().equals("preview")) {
      return preview(request, lang, viewer.get(), submission, form, version);
    }
    try {
      limiter.consume(ClientAddress.of(request), viewer.get());
      Submission saved =
          workflow.save(
              viewer.get(),
              id,
              version == null ? -1 : version,
              form.bytes(),
              form.actionName().equals("submit"));
      return done(lang, saved);
    } catch (InvalidContentException e) {
      return refused(request, lang, viewer.get(), submission, form, e.problems(), null, version);
    } catch (ConflictException e) {
      return refused(
          request,
          lang,
          viewer.get(),
          workflow.find(viewer.get(), id),
          form,
          List.of(),
          pages.text("submission.conflict", lang, pages.text("state." + e.currentState(), lang)),
          version,
          409);
    } catch (BadRequestException | ForbiddenException e) {
      return refused(
          request, lang, viewer.get(), submission, form, List.of(), e.getMessage(), version);
    } catch (TooManyRequestsException e) {
      return refused(
          request, lang, viewer.get(), submission, form, List.of(), e.getMessage(), version, 429);
    }
  }

  @Post("/{id}/withdraw")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<?> withdraw(
      String lang, long id, @Body Map<String, String> form, Authentication authentication) {
    WorkPages.requireLang(lang);
    Viewer viewer = viewers.require(authentication);
    Long version = parseVersion(form.get("version"));
    workflow.act(viewer, id, version, WorkflowAction.WITHDRAW, null);
    return HttpResponse.seeOther(URI.create("/" + lang + "/submissions/" + id));
  }

  private HttpResponse<?> done(String lang, Submission s) {
    String done = s.stateValue() == SubmissionState.SUBMITTED ? "submitted" : "saved";
    return HttpResponse.seeOther(
        URI.create("/" + lang + "/submissions/" + s.id() + "?done=" + done));
  }

  private HttpResponse<?> preview(
      HttpRequest<?> request,
      String lang,
      Viewer viewer,
      @Nullable Submission submission,
      SubmissionForm form,
      @Nullable Long version) {
    try {
      limiter.consumePreview(ClientAddress.of(request), viewer);
    } catch (TooManyRequestsException e) {
      return refused(
          request, lang, viewer, submission, form, List.of(), e.getMessage(), version, 429);
    }
    String id = submission == null ? form.id() : submission.caseStudyId();
    String caseLang = submission == null ? form.lang() : submission.lang();
    List<Problem> problems;
    try {
      problems = checker.check(id.isEmpty() ? "preview" : id, caseLang, form.bytes()).problems();
    } catch (InvalidContentException e) {
      problems = e.problems();
    }
    return pages.editor(
        request,
        lang,
        viewer,
        submission,
        id,
        caseLang,
        form.textToKeep(),
        new SubmissionPages.Outcome(
            HttpStatus.OK,
            problems,
            true,
            Preview.html(form.textToKeep()),
            null,
            null,
            false,
            version));
  }

  private HttpResponse<?> expired(
      HttpRequest<?> request,
      String lang,
      @Nullable Long id,
      SubmissionForm form,
      @Nullable Long version) {
    return pages.editor(
        request,
        lang,
        null,
        null,
        form.id(),
        form.lang(),
        form.textToKeep(),
        new SubmissionPages.Outcome(
            HttpStatus.UNAUTHORIZED, List.of(), false, null, null, null, true, version, id));
  }

  private HttpResponse<?> refused(
      HttpRequest<?> request,
      String lang,
      Viewer viewer,
      @Nullable Submission submission,
      SubmissionForm form,
      List<Problem> problems,
      @Nullable String error,
      @Nullable Long version) {
    return refused(request, lang, viewer, submission, form, problems, error, version, 400);
  }

  private HttpResponse<?> refused(
      HttpRequest<?> request,
      String lang,
      Viewer viewer,
      @Nullable Submission submission,
      SubmissionForm form,
      List<Problem> problems,
      @Nullable String error,
      @Nullable Long version,
      int status) {
    return pages.editor(
        request,
        lang,
        viewer,
        submission,
        submission == null ? form.id() : submission.caseStudyId(),
        submission == null ? form.lang() : submission.lang(),
        form.textToKeep(),
        new SubmissionPages.Outcome(
            HttpStatus.valueOf(status),
            problems,
            !problems.isEmpty(),
            Preview.html(form.textToKeep()),
            null,
            error,
            false,
            version));
  }

  private static Long parseVersion(@Nullable String value) {
    try {
      return value == null ? null : Long.valueOf(value);
    } catch (NumberFormatException e) {
      throw new BadRequestException("version", "must be a number");
    }
  }
}
