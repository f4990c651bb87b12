package org.casoteca.site;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

/** The interface text of the site, in {@code i18n/messages_es} and {@code i18n/messages_en}. */
@Factory
class MessagesFactory {

  static final String BUNDLE = "i18n.messages";

  @Singleton
  MessageSource messageSource() {
    return new ResourceBundleMessageSource(BUNDLE);
  }
}
