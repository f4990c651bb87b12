package org.casoteca.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Works out the site's absolute address once per request, for pages that print absolute links. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SiteAddressFilter {

  private final SiteAddress address;

  SiteAddressFilter(SiteAddress address) {
    this.address = address;
  }

  @RequestFilter
  void remember(HttpRequest<?> request) {
    request.setAttribute(SiteAddress.ATTRIBUTE, address.base(request));
  }
}
