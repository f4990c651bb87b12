package org.casoteca.web;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers that make injected content harmless even if it got through: a strict content security
 * policy (no inline script, no framing), no MIME sniffing, and no referrer leak to other sites.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter {

  private static final String POLICY =
      "default-src 'self'; img-src 'self' https: data:; style-src 'self'; script-src 'self'; "
          + "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  @ResponseFilter
  void addHeaders(MutableHttpResponse<?> response) {
    response.header("Content-Security-Policy", POLICY);
    response.header("X-Content-Type-Options", "nosniff");
    response.header("Referrer-Policy", "strict-origin-when-cross-origin");
    response.header("X-Frame-Options", "DENY");
  }
}
