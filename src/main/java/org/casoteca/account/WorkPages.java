package org.casoteca.account;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Locale;
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
    String template =
        messages.getRequiredMessage(
            key, MessageSource.MessageContext.of(Locale.forLanguageTag(lang)));
    return args.length == 0 ? template : template.formatted(args);
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
