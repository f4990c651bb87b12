package org.casoteca.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.casoteca.content.Languages;
import org.casoteca.web.BadRequestException;
import org.casoteca.web.LanguageNegotiation;

/** {@code GET /api/suggest?q=&lang=}: autocomplete for the search box. */
@Controller("/api/suggest")
class SuggestController {

  private static final int MAX_PREFIX = 100;
  private static final int MAX_SUGGESTIONS = 8;

  private final Autocomplete autocomplete;

  SuggestController(Autocomplete autocomplete) {
    this.autocomplete = autocomplete;
  }

  @Get
  Suggestions suggest(
      @Nullable @QueryValue String q, @Nullable @QueryValue String lang, HttpRequest<?> request) {
    if (lang != null && !Languages.isSupported(lang)) {
      throw new BadRequestException(
          "lang", "must be one of: " + String.join(", ", Languages.SUPPORTED));
    }
    String prefix = q == null ? "" : q.strip();
    if (prefix.length() > MAX_PREFIX) {
      throw new BadRequestException("q", "is longer than " + MAX_PREFIX + " characters");
    }
    String wanted = lang != null ? lang : LanguageNegotiation.preferred(request);
    return new Suggestions(prefix, wanted, autocomplete.suggest(prefix, wanted, MAX_SUGGESTIONS));
  }

  /** The answer: what was asked, and the proposals. */
  @Serdeable
  record Suggestions(String query, String lang, List<Suggestion> suggestions) {}
}
