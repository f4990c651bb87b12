package org.casoteca.site;

import io.micronaut.core.annotation.Introspected;
import org.casoteca.content.Languages;

/**
 * What every page shares: its language, title, and the address of its twin in the other language.
 */
@Introspected
public record PageChrome(
    String lang, String otherLang, String title, String otherLangHref, String canonicalPath) {

  static PageChrome of(String lang, String title, String pathAfterLang, String queryString) {
    String other = Languages.other(lang);
    String suffix = queryString == null || queryString.isEmpty() ? "" : "?" + queryString;
    return new PageChrome(
        lang, other, title, "/" + other + pathAfterLang + suffix, "/" + lang + pathAfterLang);
  }
}
