package org.casoteca.account;

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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.casoteca.web.BadRequestException;
import org.casoteca.web.InvalidParameter;

/** {@code /{lang}/password/reset}: a one-time link opens a form for a new password. */
@Controller("/{lang}/password/reset")
@Secured(SecurityRule.IS_ANONYMOUS)
class ResetPasswordController {

  private final PasswordResets resets;
  private final WorkPages pages;

  ResetPasswordController(PasswordResets resets, WorkPages pages) {
    this.resets = resets;
    this.pages = pages;
  }

  @Get
  @Produces(MediaType.TEXT_HTML)
  HttpResponse<?> form(HttpRequest<?> request, String lang, @Nullable @QueryValue String token) {
    WorkPages.requireLang(lang);
    String given = token == null ? "" : token;
    Optional<Account> account = resets.accountFor(given);
    return page(
        request,
        lang,
        given,
        account.map(Account::email).orElse(null),
        List.of(),
        account.isPresent() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
  }

  @Post
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  HttpResponse<?> reset(HttpRequest<?> request, String lang, @Body ResetPasswordForm form) {
    WorkPages.requireLang(lang);
    String token = form.token() == null ? "" : form.token();
    try {
      resets.reset(token, form.password());
      return HttpResponse.seeOther(URI.create("/" + lang + "/login?reset=done"));
    } catch (BadRequestException e) {
      String email = resets.accountFor(token).map(Account::email).orElse(null);
      return page(request, lang, token, email, e.invalidParameters(), HttpStatus.BAD_REQUEST);
    }
  }

  private HttpResponse<?> page(
      HttpRequest<?> request,
      String lang,
      String token,
      @Nullable String email,
      List<InvalidParameter> problems,
      HttpStatus status) {
    WorkChrome work = pages.chrome(request, lang, "reset.title", "/password/forgot", null);
    return HttpResponse.status(status)
        .contentType(MediaType.TEXT_HTML_TYPE)
        // The token is in this page's address: never send it on to another site.
        .header("Referrer-Policy", "no-referrer")
        .body(
            new ModelAndView<>(
                "password-reset", new ResetPasswordPage(work, token, email, problems)));
  }
}
