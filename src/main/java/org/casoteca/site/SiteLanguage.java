package org.casoteca.site;

import org.casoteca.content.Languages;
import org.casoteca.web.NotFoundException;

/** The language segment of a site address; anything but es or en is not a page. */
final class SiteLanguage {

  private SiteLanguage() {}

  static String require(String lang) {
    if (!Languages.isSupported(lang)) {
      throw new NotFoundException("Nothing is published at this address");
    }
    return lang;
  }
}
