package org.casoteca.account;

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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.List;
import org.casoteca.web.BadRequestException;
import org.casoteca.web.ClientAddress;
import org.casoteca.web.ConflictException;
import org.casoteca.web.InvalidParameter;

/** {@code /{lang}/register}: anyone may become a contributor with an email and a password. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class RegisterController {

  private final Accounts accounts;
  private final SessionTokens tokens;
  private final WorkPages pages;
  private final LoginLimiter limiter;

  RegisterController(
      Accounts accounts, SessionTokens tokens, WorkPages pages, LoginLimiter limiter) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.pages = pages;
    this.limiter = limiter;
  }

  @Get("/{lang}/register")
  @Produces(MediaType.TEXT_HTML)
  HttpResponse<?> form(HttpRequest<?> request, String lang) {
    WorkPages.requireLang(lang);
    return page(request, lang, "", List.of(), HttpStatus.OK);
  }

  @Post("/{lang}/register")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  HttpResponse<?> register(HttpRequest<?> request, String lang, @Body RegisterForm form) {
    WorkPages.requireLang(lang);
    String email = form.email() == null ? "" : form.email();
    // Registrations share the failed-login budget: creating accounts in bulk is throttled too.
    limiter.check(ClientAddress.of(request), email);
    try {
      Account account = accounts.register(email, form.password());
      return HttpResponse.seeOther(URI.create("/" + lang + "/submissions"))
          .cookie(tokens.cookie(request, tokens.issue(account)));
    } catch (BadRequestException e) {
      limiter.failed(ClientAddress.of(request), email);
      return page(request, lang, email, e.invalidParameters(), HttpStatus.BAD_REQUEST);
    } catch (ConflictException e) {
      limiter.failed(ClientAddress.of(request), email);
      return page(
          request,
          lang,
          email,
          List.of(new InvalidParameter("email", pages.text("register.taken", lang))),
          HttpStatus.CONFLICT);
    }
  }

  private HttpResponse<?> page(
      HttpRequest<?> request,
      String lang,
      String email,
      List<InvalidParameter> problems,
      HttpStatus status) {
    WorkChrome work = pages.chrome(request, lang, "register.title", "/register", null);
    return HttpResponse.status(status)
        .contentType(MediaType.TEXT_HTML_TYPE)
        .body(new ModelAndView<>("register", new RegisterPage(work, email, problems)));
  }
}
