package org.casoteca.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.security.csrf.resolver.CsrfTokenResolver;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The CSRF token of a multipart form (the submission form, which can carry a file). The CSRF filter
 * reads hidden fields of url-encoded forms only, so multipart forms put the token in their action
 * address ({@code ?csrfToken=...}). Other requests are left to the field and header resolvers.
 */
@Singleton
class MultipartCsrfTokenResolver implements CsrfTokenResolver<HttpRequest<?>> {

  static final String PARAMETER = "csrfToken";

  @Override
  public Optional<String> resolveToken(HttpRequest<?> request) {
    boolean multipart =
        request
            .getContentType()
            .map(t -> t.matches(MediaType.MULTIPART_FORM_DATA_TYPE))
            .orElse(false);
    return multipart ? request.getParameters().getFirst(PARAMETER) : Optional.empty();
  }
}
