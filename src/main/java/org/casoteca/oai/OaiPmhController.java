package org.casoteca.oai;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import org.casoteca.web.SiteAddress;

/**
 * {@code GET /oai}: the OAI-PMH 2.0 endpoint for repository harvesters (LA Referencia, BASE,
 * OpenAIRE). Protocol errors are answered 200 with an error element, as the protocol requires.
 */
@Controller
class OaiPmhController {

  private static final MediaType XML = MediaType.of("text/xml;charset=UTF-8");

  private final OaiPmh oai;
  private final SiteAddress address;

  OaiPmhController(OaiPmh oai, SiteAddress address) {
    this.oai = oai;
    this.address = address;
  }

  @Get("/oai")
  @Produces("text/xml")
  HttpResponse<String> get(HttpRequest<?> request) {
    String body = oai.answer(request.getParameters().asMap(), address.base(request) + "/oai");
    return HttpResponse.ok(body).contentType(XML);
  }
}
