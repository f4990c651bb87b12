package org.casoteca.site;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.CompositeHttpLocaleResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import org.casoteca.content.Languages;
import org.casoteca.web.LanguageNegotiation;

/**
 * The language of a page is its path prefix ({@code /es/...}, {@code /en/...}); elsewhere the
 * reader's Accept-Language decides, Spanish by default. Message bundles and templates use it.
 */
@Singleton
@Primary
@Replaces(CompositeHttpLocaleResolver.class)
class SiteLocaleResolver implements HttpLocaleResolver {

  @Override
  public @NonNull Optional<Locale> resolve(@NonNull HttpRequest<?> request) {
    return Optional.of(Locale.forLanguageTag(langOf(request)));
  }

  @Override
  public @NonNull Locale resolveOrDefault(@NonNull HttpRequest<?> request) {
    return Locale.forLanguageTag(langOf(request));
  }

  static String langOf(HttpRequest<?> request) {
    String path = request.getPath();
    for (String lang : Languages.SUPPORTED) {
      if (path.equals("/" + lang) || path.startsWith("/" + lang + "/")) {
        return lang;
      }
    }
    return LanguageNegotiation.preferred(request);
  }
}
