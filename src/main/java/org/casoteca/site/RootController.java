package org.casoteca.site;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import java.net.URI;
import org.casoteca.web.LanguageNegotiation;

/** {@code /}: sends the reader to the site in their language, Spanish by default. */
@Controller
class RootController {

  @Get
  @Produces(MediaType.TEXT_HTML)
  HttpResponse<?> root(HttpRequest<?> request) {
    return HttpResponse.temporaryRedirect(
            URI.create("/" + LanguageNegotiation.preferred(request) + "/"))
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
  }
}
