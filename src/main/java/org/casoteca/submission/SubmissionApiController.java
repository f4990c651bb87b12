package org.casoteca.submission;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.casoteca.account.Viewer;
import org.casoteca.account.Viewers;
import org.casoteca.web.BadRequestException;
import org.casoteca.web.ClientAddress;

/**
 * {@code /api/submissions}: contributors create, change, submit and withdraw their submissions,
 * with the Markdown as {@code text/markdown} (exact bytes) or inside JSON.
 */
@Controller("/api/submissions")
@Secured(SecurityRule.IS_AUTHENTICATED)
class SubmissionApiController {

  static final String MARKDOWN = "text/markdown";

  private final SubmissionWorkflow workflow;
  private final Viewers viewers;
  private final SubmissionLimiter limiter;

  SubmissionApiController(SubmissionWorkflow workflow, Viewers viewers, SubmissionLimiter limiter) {
    this.workflow = workflow;
    this.viewers = viewers;
    this.limiter = limiter;
  }

  @Post
  @Consumes(MARKDOWN)
  HttpResponse<SubmissionResponse> createMarkdown(
      HttpRequest<?> request,
      @QueryValue String id,
      @QueryValue String lang,
      @Nullable @QueryValue Boolean submit,
      @Body byte[] markdown,
      Authentication authentication) {
    Viewer viewer = writer(request, authentication);
    Submission created = workflow.create(viewer, id, lang, markdown, Boolean.TRUE.equals(submit));
    return HttpResponse.created(response(viewer, created));
  }

  @Post
  @Consumes(MediaType.APPLICATION_JSON)
  HttpResponse<SubmissionResponse> createJson(
      HttpRequest<?> request, @Body SubmissionJson body, Authentication authentication) {
    Viewer viewer = writer(request, authentication);
    Submission created =
        workflow.create(
            viewer,
            required(body.id(), "id"),
            required(body.lang(), "lang"),
            required(body.markdown(), "markdown").getBytes(StandardCharsets.UTF_8),
            Boolean.TRUE.equals(body.submit()));
    return HttpResponse.created(response(viewer, created));
  }

  @Get
  List<SubmissionSummary> mine(Authentication authentication) {
    return workflow.mine(viewers.require(authentication));
  }

  @Get("/{id}")
  SubmissionResponse show(long id, Authentication authentication) {
    Viewer viewer = viewers.require(authentication);
    return response(viewer, workflow.find(viewer, id));
  }

  @Get("/{id}/provenance")
  List<ProvenanceEntry> provenance(long id, Authentication authentication) {
    return workflow.provenance(viewers.require(authentication), id);
  }

  @Put("/{id}")
  @Consumes(MARKDOWN)
  SubmissionResponse updateMarkdown(
      HttpRequest<?> request,
      long id,
      @QueryValue long version,
      @Nullable @QueryValue Boolean submit,
      @Body byte[] markdown,
      Authentication authentication) {
    Viewer viewer = writer(request, authentication);
    return response(
        viewer, workflow.save(viewer, id, version, markdown, Boolean.TRUE.equals(submit)));
  }

  @Put("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  SubmissionResponse updateJson(
      HttpRequest<?> request, long id, @Body SubmissionJson body, Authentication authentication) {
    Viewer viewer = writer(request, authentication);
    if (body.version() == null) {
      throw new BadRequestException("version", "is required");
    }
    return response(
        viewer,
        workflow.save(
            viewer,
            id,
            body.version(),
            required(body.markdown(), "markdown").getBytes(StandardCharsets.UTF_8),
            Boolean.TRUE.equals(body.submit())));
  }

  @Post("/{id}/submit")
  SubmissionResponse submit(
      HttpRequest<?> request,
      long id,
      @Nullable @Body ActionJson body,
      Authentication authentication) {
    Viewer viewer = writer(request, authentication);
    ActionJson a = body == null ? ActionJson.NONE : body;
    return response(viewer, workflow.act(viewer, id, a.version(), WorkflowAction.SUBMIT, null));
  }

  @Post("/{id}/withdraw")
  SubmissionResponse withdraw(
      long id, @Nullable @Body ActionJson body, Authentication authentication) {
    Viewer viewer = viewers.require(authentication);
    ActionJson a = body == null ? ActionJson.NONE : body;
    return response(
        viewer, workflow.act(viewer, id, a.version(), WorkflowAction.WITHDRAW, a.reason()));
  }

  private Viewer writer(HttpRequest<?> request, Authentication authentication) {
    Viewer viewer = viewers.require(authentication);
    limiter.consume(ClientAddress.of(request), viewer);
    return viewer;
  }

  private SubmissionResponse response(Viewer viewer, Submission submission) {
    return new SubmissionResponse(
        submission,
        workflow.check(submission).problems(),
        workflow.revisions(viewer, submission.id()),
        workflow.provenance(viewer, submission.id()));
  }

  private static String required(@Nullable String value, String name) {
    if (value == null || value.isEmpty()) {
      throw new BadRequestException(name, "is required");
    }
    return value;
  }
}
