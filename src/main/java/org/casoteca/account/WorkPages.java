package org.casoteca.account;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.casoteca.content.Languages;
import org.casoteca.site.PageChrome;
import org.casoteca.web.NotFoundException;

/** Builds the chrome of desk pages and reads their interface text. */
@Singleton
public class WorkPages {

  private final MessageSource messages;
  private final CsrfTokens csrf;

  WorkPages(MessageSource messages, CsrfTokens csrf) {
    this.messages = messages;
    this.csrf = csrf;
  }

  /** The language segment of an address; anything but es or en is not a page (404). */
  public static String requireLang(String lang) {
    if (!Languages.isSupported(lang)) {
      throw new NotFoundException("Nothing is published at this address");
    }
    return lang;
  }

  public WorkChrome chrome(
      HttpRequest<?> request,
      String lang,
      String titleKey,
      String pathAfterLang,
      @Nullable Viewer viewer) {
    String other = Languages.other(lang);
    PageChrome chrome =
        new PageChrome(
            lang,
            other,
            text(titleKey, lang),
            "/" + other + pathAfterLang,
            "/" + lang + pathAfterLang);
    return new WorkChrome(chrome, viewer, csrf.tokenFor(request));
  }

  public String text(String key, String lang, Object... args) {
    // The bundles' placeholders are {0}, {1}...: Micronaut's message source fills them by name.
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      variables.put(Integer.toString(i), args[i]);
    }
    return messages.getRequiredMessage(
        key, MessageSource.MessageContext.of(Locale.forLanguageTag(lang), variables));
  }

  /** A local address to return to after signing in, or {@code fallback} for anything else. */
  public static String safeNext(@Nullable String next, String fallback) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.length() > 1000) {
      return fallback;
    }
    return next;
  }
}
