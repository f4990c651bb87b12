package org.casoteca.site;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;
import java.util.Locale;

/** Interface text from the message bundles, for text that Java composes (titles, labels). */
@Singleton
class SiteText {

  private final MessageSource messages;

  SiteText(MessageSource messages) {
    this.messages = messages;
  }

  String get(String key, String lang, Object... args) {
    return messages
        .getRequiredMessage(key, MessageSource.MessageContext.of(Locale.forLanguageTag(lang)))
        .formatted(args);
  }
}
