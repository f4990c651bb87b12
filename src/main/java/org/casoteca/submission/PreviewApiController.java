package org.casoteca.submission;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.nio.charset.StandardCharsets;
import org.casoteca.account.Viewers;
import org.casoteca.web.ClientAddress;
import org.casoteca.web.InvalidContentException;

/**
 * {@code POST /api/preview}: what the editor's live preview asks for as the contributor types.
 * Nothing is stored.
 */
@Controller("/api/preview")
@Secured(SecurityRule.IS_AUTHENTICATED)
class PreviewApiController {

  private final SubmissionChecker checker;
  private final SubmissionLimiter limiter;
  private final Viewers viewers;

  PreviewApiController(SubmissionChecker checker, SubmissionLimiter limiter, Viewers viewers) {
    this.checker = checker;
    this.limiter = limiter;
    this.viewers = viewers;
  }

  @Post
  @Consumes(SubmissionApiController.MARKDOWN)
  PreviewResponse preview(
      HttpRequest<?> request,
      Authentication authentication,
      @Nullable @QueryValue String id,
      @Nullable @QueryValue String lang,
      @Body byte[] markdown) {
    limiter.consumePreview(ClientAddress.of(request), viewers.require(authentication));
    String text = new String(markdown, StandardCharsets.UTF_8);
    try {
      CheckedText checked = checker.check(blankTo(id, "preview"), blankTo(lang, "es"), markdown);
      return new PreviewResponse(Preview.html(text), checked.problems());
    } catch (InvalidContentException e) {
      return new PreviewResponse("", e.problems());
    }
  }

  private static String blankTo(@Nullable String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
