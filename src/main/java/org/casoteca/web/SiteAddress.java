package org.casoteca.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;

/**
 * The absolute address of this site, for documents read elsewhere (sitemaps, feeds): the configured
 * public address when set, else the request's Host header (checked, so a forged header cannot
 * inject markup).
 */
@Singleton
public class SiteAddress {

  /** The request attribute that holds the address worked out for the request. */
  public static final String ATTRIBUTE = "casoteca.site.base";

  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\[\\]-]{1,255}");

  private final SiteConfiguration configuration;

  public SiteAddress(SiteConfiguration configuration) {
    this.configuration = configuration;
  }

  public String base(HttpRequest<?> request) {
    String configured = configuration.getPublicUrl();
    if (configured != null && !configured.isBlank()) {
      return configured.endsWith("/")
          ? configured.substring(0, configured.length() - 1)
          : configured;
    }
    String host = request.getHeaders().get(HttpHeaders.HOST);
    return "http://" + (host != null && HOST.matcher(host).matches() ? host : "localhost");
  }
}
