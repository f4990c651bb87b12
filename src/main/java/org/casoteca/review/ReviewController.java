package org.casoteca.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.casoteca.account.Role;
import org.casoteca.account.Viewer;
import org.casoteca.account.Viewers;
import org.casoteca.account.WorkPages;
import org.casoteca.content.CaseStudyParser;
import org.casoteca.submission.SubmissionState;
import org.casoteca.submission.SubmissionWorkflow;
import org.casoteca.submission.WorkflowAction;
import org.casoteca.web.BadRequestException;
import org.casoteca.web.ConflictException;
import org.casoteca.web.InvalidContentException;
import org.casoteca.web.NotFoundException;

/** {@code /{lang}/review}: the queue, the view of one submission, and curators' actions. */
@Controller("/{lang}/review")
@Secured(Role.CURATOR_NAME)
class ReviewController {

  private final ReviewService review;
  private final ReviewPages reviewPages;
  private final SubmissionWorkflow workflow;
  private final Viewers viewers;
  private final WorkPages pages;
  private final CaseStudyParser parser;

  ReviewController(
      ReviewService review,
      ReviewPages reviewPages,
      SubmissionWorkflow workflow,
      Viewers viewers,
      WorkPages pages,
      CaseStudyParser parser) {
    this.review = review;
    this.reviewPages = reviewPages;
    this.workflow = workflow;
    this.viewers = viewers;
    this.pages = pages;
    this.parser = parser;
  }

  @Get
  @Produces(MediaType.TEXT_HTML)
  @View("review-queue")
  QueuePage queue(
      HttpRequest<?> request,
      String lang,
      @Nullable @QueryValue List<String> state,
      @Nullable @QueryValue String collection,
      @Nullable @QueryValue String language,
      @Nullable @QueryValue Boolean mine,
      Authentication authentication) {
    WorkPages.requireLang(lang);
    Viewer curator = viewers.require(authentication, Role.CURATOR);
    QueueFilter filter = QueueFilter.parse(state, collection, language, mine);
    return new QueuePage(
        pages.chrome(request, lang, "review.title", "/review", curator),
        workflow.queue(
            filter.states(),
            filter.collection(),
            filter.lang(),
            filter.mine() ? curator.id() : null),
        Arrays.stream(SubmissionState.values()).map(SubmissionState::column).toList(),
        filter.stateValues(),
        List.copyOf(parser.taxonomy().collections().slugs()),
        filter.collection(),
        filter.lang(),
        filter.mine());
  }

  @Get("/{id}")
  @Produces(MediaType.TEXT_HTML)
  @View("review")
  ReviewPage show(
      HttpRequest<?> request,
      String lang,
      long id,
      @Nullable @QueryValue String done,
      Authentication authentication) {
    WorkPages.requireLang(lang);
    Viewer curator = viewers.require(authentication, Role.CURATOR);
    return reviewPages.build(
        request,
        lang,
        curator,
        id,
        done == null ? null : pages.text("review.done", lang),
        null,
        "");
  }

  @Post("/{id}/{action}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  HttpResponse<?> act(
      HttpRequest<?> request,
      String lang,
      long id,
      String action,
      @Body Map<String, String> form,
      Authentication authentication) {
    WorkPages.requireLang(lang);
    Viewer curator = viewers.require(authentication, Role.CURATOR);
    WorkflowAction a =
        WorkflowAction.fromPath(action)
            .filter(WorkflowAction::isCuratorAction)
            .orElseThrow(() -> new NotFoundException("No such action"));
    String reason = form.getOrDefault("reason", "");
    try {
      review.act(curator, id, version(form.get("version")), a, reason);
      return HttpResponse.seeOther(URI.create("/" + lang + "/review/" + id + "?done=" + action));
    } catch (BadRequestException e) {
      return again(request, lang, curator, id, e.getMessage(), reason, HttpStatus.BAD_REQUEST);
    } catch (InvalidContentException e) {
      return again(request, lang, curator, id, e.getMessage(), reason, HttpStatus.BAD_REQUEST);
    } catch (ConflictException e) {
      return again(request, lang, curator, id, e.getMessage(), reason, HttpStatus.CONFLICT);
    }
  }

  private HttpResponse<?> again(
      HttpRequest<?> request,
      String lang,
      Viewer curator,
      long id,
      String error,
      String reason,
      HttpStatus status) {
    ReviewPage page = reviewPages.build(request, lang, curator, id, null, error, reason);
    return HttpResponse.status(status)
        .contentType(MediaType.TEXT_HTML_TYPE)
        .body(new ModelAndView<>("review", page));
  }

  private static Long version(@Nullable String value) {
    try {
      return value == null || value.isBlank() ? null : Long.valueOf(value);
    } catch (NumberFormatException e) {
      throw new BadRequestException("version", "must be a number");
    }
  }
}
