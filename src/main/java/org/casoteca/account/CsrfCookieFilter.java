package org.casoteca.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Sets the CSRF cookie when a page issued a new token for its forms. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CsrfCookieFilter {

  private final CsrfTokens tokens;

  CsrfCookieFilter(CsrfTokens tokens) {
    this.tokens = tokens;
  }

  @ResponseFilter
  void setCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
    request
        .getAttribute(CsrfTokens.NEW_TOKEN, String.class)
        .ifPresent(token -> response.cookie(tokens.cookie(request, token)));
  }
}
