package org.casoteca.site;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/** How the site names itself in documents read elsewhere (sitemaps, feeds). */
@ConfigurationProperties("casoteca.site")
public interface SiteConfiguration {

  /**
   * The public address, e.g. {@code https://casoteca.example.org}; when unset, the request's Host
   * header is used.
   */
  @Nullable
  String getPublicUrl();

  /**
   * Where readers and contributors write about their data, corrections or anything else, shown on
   * the privacy page; when unset, the page says that the operator has not published one.
   */
  @Nullable
  String getContactEmail();
}
