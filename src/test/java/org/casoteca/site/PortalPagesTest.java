package org.casoteca.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casoteca.search.IndexFollower;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The overview, the API page, and what search engines and link previews read from each page. */
@MicronautTest
class PortalPagesTest {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject IndexFollower follower;
  @Inject JsonMapper json;

  @BeforeEach
  void indexCaughtUp() {
    follower.catchUp();
  }

  private String page(String path) {
    return http.toBlocking()
        .retrieve(HttpRequest.GET(path).accept("text/html").header("Host", "casoteca.test"));
  }

  @Test
  void theOverviewDrawsChartsAMapAndAGapMapThatLinkToSearches() {
    String html = page("/es/overview");
    assertTrue(html.contains("Panorama"));
    assertTrue(html.contains("<svg class=\"chart map\""), "map");
    assertTrue(html.contains("href=\"/es/search?country=GT\""), "each country links to its search");
    assertTrue(html.contains("href=\"/es/search?theme=vawg\""), "theme bars link");
    assertTrue(html.contains("href=\"/es/search?evidence=not_applicable\""), "evidence bars link");
    assertTrue(html.contains("/es/search?year_from="), "start-year bars link to year ranges");
    assertTrue(
        Pattern.compile("href=\"/es/search\\?theme=[a-z-]+&amp;evidence=[a-z_]+\"")
            .matcher(html)
            .find(),
        "gap-map cells link to theme and level");
    assertTrue(html.contains("<circle class=\"cell\""));
    assertTrue(html.contains("Ver como tabla"), "text alternative");
    assertTrue(html.contains("<th scope=\"row\">Violencia contra las mujeres y las niñas</th>"));
    // Eight outlines, each with its count.
    assertEquals(8, html.split("<path class=\"land").length - 1);
    String en = page("/en/overview");
    assertTrue(en.contains("Evidence gap map"));
    assertTrue(en.contains("Dominican Republic: "));
  }

  @Test
  void theOpenApiDescriptionIsServedAndBrowsable() {
    HttpResponse<String> yaml =
        http.toBlocking().exchange(HttpRequest.GET("/openapi.yml"), String.class);
    assertTrue(yaml.getContentType().orElseThrow().toString().startsWith("application/yaml"));
    String body = yaml.body();
    assertTrue(body.startsWith("openapi: 3"), body.substring(0, 40));
    assertTrue(body.contains("/api/case-studies/{id}/citation:"));
    assertTrue(body.contains("/oai:"));
    String api = page("/es/api");
    assertTrue(api.contains("API abierta"));
    assertTrue(api.contains("/api/open-data/case-studies.csv"));
    assertTrue(api.contains("/api/case-studies/{id}/citation"));
    assertTrue(api.contains("href=\"/openapi.yml\""));
    assertTrue(!api.contains("<span>/{lang}/overview</span>"), "site pages are not API operations");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/es/", "/en/search?q=violencia", "/es/about", "/en/evidence", "/es/overview"})
  void everyPageHasWhatSearchEnginesAndPreviewsRead(String path) {
    String html = page(path);
    String lang = path.substring(1, 3);
    assertTrue(html.contains("<meta name=\"description\" content=\""), "description");
    String canonical = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    assertTrue(
        html.contains("<link rel=\"canonical\" href=\"http://casoteca.test" + canonical + "\">"),
        "absolute canonical without the query");
    assertTrue(
        html.contains("hreflang=\"" + lang + "\" href=\"http://casoteca.test" + canonical + "\""),
        "self-referencing hreflang");
    assertTrue(html.contains("hreflang=\"x-default\" href=\"http://casoteca.test/es/"));
    assertTrue(html.contains("<meta property=\"og:title\""));
    assertTrue(
        html.contains("<meta property=\"og:url\" content=\"http://casoteca.test" + canonical));
    assertTrue(html.contains("<meta name=\"twitter:card\" content=\"summary\">"));
  }

  @Test
  void aCaseStudyDescribesItselfInSchemaOrgJsonLd() throws Exception {
    String html = page("/en/case-studies/sv-ciudad-mujer");
    assertTrue(html.contains("<meta property=\"og:type\" content=\"article\">"));
    Matcher m =
        Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
            .matcher(html);
    assertTrue(m.find(), "JSON-LD present");
    JsonNode ld = json.readValue(m.group(1), JsonNode.class);
    assertEquals("https://schema.org", ld.get("@context").getStringValue());
    assertEquals("Article", ld.get("@type").getStringValue());
    assertEquals("en", ld.get("inLanguage").getStringValue());
    assertEquals(
        "http://casoteca.test/en/case-studies/sv-ciudad-mujer", ld.get("url").getStringValue());
    assertEquals("El Salvador", ld.get("spatialCoverage").get(0).get("name").getStringValue());
    assertTrue(ld.get("citation").size() > 0);
    // The summary is the page description, and the breadcrumb leads back through the collection.
    assertTrue(html.contains("<nav class=\"breadcrumbs\""));
    assertTrue(html.contains("href=\"/en/search?collection=experience\""));
    assertTrue(
        html.contains(
            "class=\"print-only\">http://casoteca.test/en/case-studies/sv-ciudad-mujer<"));
  }
}
