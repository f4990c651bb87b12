package org.casoteca.web;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * The absolute address of this site, for documents read elsewhere (sitemaps, feeds, robots.txt):
 * the configured public address when set, else the local address the request arrived on. Never the
 * request's Host header: a client could name any site there, and a shared cache would then serve
 * that document to everyone.
 */
@Singleton
public class SiteAddress {

  /** The request attribute that holds the address worked out for the request. */
  public static final String ATTRIBUTE = "casoteca.site.base";

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
    return "http://" + bound(request.getServerAddress());
  }

  private static String bound(InetSocketAddress local) {
    InetAddress address = local.getAddress();
    if (address == null) {
      return "localhost:" + local.getPort();
    }
    String host = address.getHostAddress();
    if (address instanceof Inet6Address) {
      int zone = host.indexOf('%');
      host = "[" + (zone < 0 ? host : host.substring(0, zone)) + "]";
    }
    return host + ":" + local.getPort();
  }
}
