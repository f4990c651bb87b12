package org.casoteca.site;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.context.ServerRequestContext;
import org.casoteca.content.Languages;
import org.casoteca.web.SiteAddress;

/**
 * What every page shares: its language, title, the address of its twin in the other language, and
 * for search engines and link previews a description ({@code null}: the site's own) and whether it
 * is an article (a case study) rather than a listing.
 */
@Introspected
public record PageChrome(
    String lang,
    String otherLang,
    String title,
    String otherLangHref,
    String canonicalPath,
    @Nullable String description,
    boolean article) {

  public PageChrome(
      String lang, String otherLang, String title, String otherLangHref, String canonicalPath) {
    this(lang, otherLang, title, otherLangHref, canonicalPath, null, false);
  }

  static PageChrome of(String lang, String title, String pathAfterLang, String queryString) {
    String other = Languages.other(lang);
    String suffix = queryString == null || queryString.isEmpty() ? "" : "?" + queryString;
    return new PageChrome(
        lang, other, title, "/" + other + pathAfterLang + suffix, "/" + lang + pathAfterLang);
  }

  /** This page as an article described by {@code summary}. */
  PageChrome article(String summary) {
    return new PageChrome(lang, otherLang, title, otherLangHref, canonicalPath, summary, true);
  }

  /**
   * The absolute address of this site (scheme and host), for canonical and alternate links, as
   * {@link SiteAddress} worked it out for the request being answered.
   */
  public String base() {
    return ServerRequestContext.currentRequest()
        .flatMap(r -> r.getAttribute(SiteAddress.ATTRIBUTE, String.class))
        .orElse("");
  }

  /** The path of the twin page without its query, e.g. {@code /en/search}. */
  public String otherLangPath() {
    int query = otherLangHref.indexOf('?');
    return query < 0 ? otherLangHref : otherLangHref.substring(0, query);
  }
}
