package org.casoteca.opendata;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import org.casoteca.web.SiteAddress;

/**
 * {@code /api/open-data/…}: every published case study as JSON, CSV (metadata) and a ZIP of the
 * Markdown, the licence, and a Frictionless {@code datapackage.json} describing the files.
 */
@Controller(OpenDataController.PATH)
class OpenDataController {

  static final String PATH = "/api/open-data";

  private final OpenData data;
  private final SiteAddress address;

  OpenDataController(OpenData data, SiteAddress address) {
    this.data = data;
    this.address = address;
  }

  /** The Frictionless Data Package descriptor: what each file holds, its schema and licence. */
  @Get("/datapackage.json")
  @Produces(MediaType.APPLICATION_JSON)
  HttpResponse<byte[]> dataPackage(HttpRequest<?> request) {
    return HttpResponse.ok(data.dataPackage(address.base(request)))
        .contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  /** Every published case study with all its language versions, metadata and Markdown. */
  @Get("/case-studies.json")
  @Produces(MediaType.APPLICATION_JSON)
  HttpResponse<byte[]> json(HttpRequest<?> request) {
    return download(
        data.json(address.base(request)), MediaType.APPLICATION_JSON, "case-studies.json");
  }

  /** The metadata of every published language version, one row each (RFC 4180). */
  @Get("/case-studies.csv")
  @Produces("text/csv")
  HttpResponse<String> csv(HttpRequest<?> request) {
    return HttpResponse.ok(data.csv(address.base(request)))
        .contentType(MediaType.of("text/csv;charset=utf-8;header=present"))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"case-studies.csv\"");
  }

  /** The Markdown files as written, in the content folder layout, with the licence. */
  @Get("/case-studies.zip")
  @Produces("application/zip")
  HttpResponse<byte[]> zip() {
    return download(data.zip(), "application/zip", "case-studies.zip");
  }

  /** The licence of the content. */
  @Get("/LICENSE.txt")
  @Produces(MediaType.TEXT_PLAIN)
  HttpResponse<String> license() {
    return HttpResponse.ok(OpenData.LICENSE_TEXT)
        .contentType(MediaType.of("text/plain;charset=utf-8"));
  }

  private static HttpResponse<byte[]> download(byte[] body, String type, String name) {
    return HttpResponse.ok(body)
        .contentType(MediaType.of(type))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
  }
}
