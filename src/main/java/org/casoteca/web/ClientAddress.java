package org.casoteca.web;

import io.micronaut.http.HttpRequest;

/**
 * The address a request came from, as the server saw it. Forwarded headers are ignored on purpose:
 * a client could invent them to escape its rate limit.
 */
public final class ClientAddress {

  private ClientAddress() {}

  public static String of(HttpRequest<?> request) {
    return request.getRemoteAddress().getAddress() == null
        ? request.getRemoteAddress().getHostString()
        : request.getRemoteAddress().getAddress().getHostAddress();
  }
}
