package org.casoteca.account;

import io.micronaut.context.BeanProvider;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.casoteca.site.SiteConfiguration;

/**
 * Absolute addresses of reset links. Never built from the request's Host header: a forged Host
 * would otherwise send a victim a link to the attacker's server carrying a valid token.
 */
@Singleton
class ResetLinks {

  private final SiteConfiguration site;
  private final BeanProvider<EmbeddedServer> server;

  ResetLinks(SiteConfiguration site, BeanProvider<EmbeddedServer> server) {
    this.site = site;
    this.server = server;
  }

  String link(String lang, String token) {
    return base()
        + "/"
        + lang
        + "/password/reset?token="
        + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }

  private String base() {
    String configured = site.getPublicUrl();
    if (configured != null && !configured.isBlank()) {
      return configured.endsWith("/")
          ? configured.substring(0, configured.length() - 1)
          : configured;
    }
    String bound = server.get().getURL().toString();
    return bound.endsWith("/") ? bound.substring(0, bound.length() - 1) : bound;
  }
}
