package org.casoteca.site;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.View;

/** {@code /{lang}/privacy}: what Casoteca keeps about people, and whom to write to. */
@Controller
class PrivacyController {

  private final SiteText text;
  private final SiteConfiguration configuration;

  PrivacyController(SiteText text, SiteConfiguration configuration) {
    this.text = text;
    this.configuration = configuration;
  }

  @Get("/{lang}/privacy")
  @Produces(MediaType.TEXT_HTML)
  @View("privacy")
  PrivacyPage privacy(String lang) {
    SiteLanguage.require(lang);
    String contact = configuration.getContactEmail();
    return new PrivacyPage(
        PageChrome.of(lang, text.get("privacy.title", lang), "/privacy", ""),
        contact == null || contact.isBlank() ? null : contact.strip());
  }
}
