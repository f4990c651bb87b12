package org.casoteca.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.security.csrf.resolver.CsrfTokenResolver;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The CSRF token of a form post, read from the form's action address ({@code ?csrfToken=...}). The
 * library's resolver for hidden fields reads the body asynchronously inside the filter chain, which
 * fails when a browser streams the body after the headers (Micronaut 4.10: a null filter context in
 * the legacy views filter), and it cannot read multipart bodies at all. Reading the address keeps
 * the check synchronous and the same for every form. The token is not a secret from the person
 * using the form; it is compared with the SameSite=Strict cookie and signed by the server, so an
 * address that leaks it is of no use to another site.
 */
@Singleton
class QueryCsrfTokenResolver implements CsrfTokenResolver<HttpRequest<?>> {

  static final String PARAMETER = "csrfToken";

  @Override
  public Optional<String> resolveToken(HttpRequest<?> request) {
    boolean form =
        request
            .getContentType()
            .map(
                t ->
                    t.matches(MediaType.MULTIPART_FORM_DATA_TYPE)
                        || t.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE))
            .orElse(false);
    return form ? request.getParameters().getFirst(PARAMETER) : Optional.empty();
  }
}
