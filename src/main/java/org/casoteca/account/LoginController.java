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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.Optional;
import org.casoteca.web.ClientAddress;

/** {@code /{lang}/login} and {@code /{lang}/logout}: signing in and out of the site. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class LoginController {

  private final SignIn signIn;
  private final SessionTokens tokens;
  private final WorkPages pages;
  private final Viewers viewers;

  LoginController(SignIn signIn, SessionTokens tokens, WorkPages pages, Viewers viewers) {
    this.signIn = signIn;
    this.tokens = tokens;
    this.pages = pages;
    this.viewers = viewers;
  }

  @Get("/{lang}/login")
  @Produces(MediaType.TEXT_HTML)
  HttpResponse<?> form(
      HttpRequest<?> request,
      String lang,
      @Nullable @QueryValue String next,
      @Nullable @QueryValue String reset,
      @Nullable Authentication authentication) {
    WorkPages.requireLang(lang);
    String target = WorkPages.safeNext(next, "/" + lang + "/submissions");
    String notice = "done".equals(reset) ? pages.text("reset.done", lang) : null;
    return page(request, lang, "", target, null, notice, HttpStatus.OK, authentication);
  }

  @Post("/{lang}/login")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  HttpResponse<?> login(HttpRequest<?> request, String lang, @Body LoginForm form) {
    WorkPages.requireLang(lang);
    String target = WorkPages.safeNext(form.next(), "/" + lang + "/submissions");
    Optional<Account> account =
        signIn.attempt(ClientAddress.of(request), form.email(), form.password());
    if (account.isEmpty()) {
      return page(
          request,
          lang,
          form.email() == null ? "" : form.email(),
          target,
          pages.text("login.failed", lang),
          null,
          HttpStatus.UNAUTHORIZED,
          null);
    }
    return HttpResponse.seeOther(URI.create(target))
        .cookie(tokens.cookie(request, tokens.issue(account.get())));
  }

  @Post("/{lang}/logout")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> logout(HttpRequest<?> request, String lang) {
    WorkPages.requireLang(lang);
    return HttpResponse.seeOther(URI.create("/" + lang + "/")).cookie(tokens.expired(request));
  }

  private HttpResponse<?> page(
      HttpRequest<?> request,
      String lang,
      String email,
      String next,
      @Nullable String error,
      @Nullable String notice,
      HttpStatus status,
      @Nullable Authentication authentication) {
    WorkChrome work =
        pages.chrome(
            request, lang, "login.title", "/login", viewers.of(authentication).orElse(null));
    return HttpResponse.status(status)
        .contentType(MediaType.TEXT_HTML_TYPE)
        .body(new ModelAndView<>("login", new LoginPage(work, email, next, error, notice)));
  }
}
