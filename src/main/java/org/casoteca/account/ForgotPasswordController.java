package org.casoteca.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import org.casoteca.web.ClientAddress;

/** {@code /{lang}/password/forgot}: asks for a reset link by e-mail. */
@Controller("/{lang}/password/forgot")
@Secured(SecurityRule.IS_ANONYMOUS)
class ForgotPasswordController {

  private final PasswordResets resets;
  private final WorkPages pages;
  private final LoginLimiter limiter;

  ForgotPasswordController(PasswordResets resets, WorkPages pages, LoginLimiter limiter) {
    this.resets = resets;
    this.pages = pages;
    this.limiter = limiter;
  }

  @Get
  @Produces(MediaType.TEXT_HTML)
  @View("password-forgot")
  ForgotPasswordPage form(HttpRequest<?> request, String lang) {
    WorkPages.requireLang(lang);
    return page(request, lang, false);
  }

  @Post
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @View("password-forgot")
  ForgotPasswordPage request(HttpRequest<?> request, String lang, @Body ForgotPasswordForm form) {
    WorkPages.requireLang(lang);
    String email = form.email() == null ? "" : form.email();
    // Every request spends from the sign-in budget, so nobody can flood a mailbox with links.
    limiter.check(ClientAddress.of(request), email);
    limiter.failed(ClientAddress.of(request), email);
    resets.requestByMail(email, lang);
    return page(request, lang, true);
  }

  private ForgotPasswordPage page(HttpRequest<?> request, String lang, boolean sent) {
    return new ForgotPasswordPage(
        pages.chrome(request, lang, "reset.forgot.title", "/password/forgot", null),
        resets.mailConfigured(),
        sent);
  }
}
