package org.casoteca.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.csrf.CsrfConfiguration;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The CSRF token a page puts in its forms' hidden {@code csrfToken} field. The browser's current
 * token is reused, so forms open in several tabs stay valid; a new one is issued (and set as a
 * cookie by {@link CsrfCookieFilter}) only when there is none or it is not ours.
 */
@Singleton
public class CsrfTokens {

  static final String NEW_TOKEN = "casoteca.csrf.new";

  private final SignedCsrfTokenGenerator generator;
  private final CsrfConfiguration configuration;

  CsrfTokens(SignedCsrfTokenGenerator generator, CsrfConfiguration configuration) {
    this.generator = generator;
    this.configuration = configuration;
  }

  public String tokenFor(HttpRequest<?> request) {
    Optional<String> issued = request.getAttribute(NEW_TOKEN, String.class);
    if (issued.isPresent()) {
      return issued.get();
    }
    Optional<String> current =
        request.getCookies().findCookie(configuration.getCookieName()).map(Cookie::getValue);
    if (current.isPresent() && generator.isSigned(current.get())) {
      return current.get();
    }
    String fresh = generator.generateCsrfToken(request);
    request.setAttribute(NEW_TOKEN, fresh);
    return fresh;
  }

  Cookie cookie(HttpRequest<?> request, String token) {
    return Cookie.of(configuration.getCookieName(), token)
        .configure(configuration, request.isSecure());
  }
}
