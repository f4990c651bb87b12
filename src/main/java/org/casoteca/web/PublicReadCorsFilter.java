package org.casoteca.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * CORS for the public read API, so that a page on any other site can fetch case studies, citations,
 * open data and OAI-PMH records from the browser. Only GET and HEAD, and never with credentials
 * ({@code *} makes browsers drop cookies and refuse a credentialed read): the write API stays
 * same-origin, since a cross-origin request with a Bearer token needs a preflight this does not
 * grant.
 */
@ServerFilter({"/api/**", "/oai", "/openapi.yml"})
class PublicReadCorsFilter {

  @ResponseFilter
  void allowReads(HttpRequest<?> request, MutableHttpResponse<?> response) {
    HttpMethod method = request.getMethod();
    if ((method == HttpMethod.GET || method == HttpMethod.HEAD)
        && request.getHeaders().contains("Origin")) {
      response.header("Access-Control-Allow-Origin", "*");
      response.header("Access-Control-Expose-Headers", "Content-Disposition, Content-Language");
    }
  }
}
