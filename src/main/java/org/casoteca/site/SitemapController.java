package org.casoteca.site;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import org.casoteca.search.Catalogue;
import org.casoteca.search.CatalogueEntry;
import org.casoteca.web.NotFoundException;
import org.casoteca.web.SiteAddress;

/**
 * {@code /sitemap.xml}: every public page in both languages, with each language version linked to
 * its twin. Past the sitemap limit of 50,000 addresses it becomes an index of numbered parts.
 */
@Controller
class SitemapController {

  /** Case studies per part: two addresses each stays under the 50,000 limit. */
  static final int PER_PART = 20_000;

  private final Catalogue catalogue;
  private final SiteAddress address;

  SitemapController(Catalogue catalogue, SiteAddress address) {
    this.catalogue = catalogue;
    this.address = address;
  }

  @Get("/sitemap.xml")
  @Produces({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  HttpResponse<String> sitemap(HttpRequest<?> request) {
    String base = address.base(request);
    int parts = (catalogue.size() + PER_PART - 1) / PER_PART;
    if (parts <= 1) {
      return xml(Sitemaps.urlset(base, catalogue.slice(0, PER_PART), true));
    }
    return xml(Sitemaps.index(base, parts));
  }

  @Get("/sitemaps/{part}.xml")
  @Produces({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  HttpResponse<String> part(int part, HttpRequest<?> request) {
    int parts = (catalogue.size() + PER_PART - 1) / PER_PART;
    if (part < 1 || part > parts) {
      throw new NotFoundException("No such sitemap part");
    }
    java.util.List<CatalogueEntry> entries = catalogue.slice((part - 1) * PER_PART, PER_PART);
    return xml(Sitemaps.urlset(address.base(request), entries, part == 1));
  }

  @Get("/robots.txt")
  @Produces(MediaType.TEXT_PLAIN)
  String robots(HttpRequest<?> request) {
    return "User-agent: *\nAllow: /\nDisallow: /api/\nSitemap: "
        + address.base(request)
        + "/sitemap.xml\n";
  }

  private static HttpResponse<String> xml(String body) {
    return HttpResponse.ok(body).contentType(MediaType.APPLICATION_XML_TYPE);
  }
}
