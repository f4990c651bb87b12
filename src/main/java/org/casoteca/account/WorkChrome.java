package org.casoteca.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import org.casoteca.site.PageChrome;

/**
 * What every page of the contributor, curator and admin desks shares: the site chrome, who is
 * signed in (if anyone), and the CSRF token the page's forms carry.
 */
@Introspected
public record WorkChrome(PageChrome chrome, @Nullable Viewer viewer, String csrfToken) {

  public String lang() {
    return chrome.lang();
  }
}
