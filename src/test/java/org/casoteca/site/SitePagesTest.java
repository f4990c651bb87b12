package org.casoteca.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.casoteca.search.IndexFollower;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The server-rendered site in both languages, as a browser without JavaScript gets it. */
@MicronautTest
class SitePagesTest {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject IndexFollower follower;

  @BeforeEach
  void indexCaughtUp() {
    follower.catchUp();
  }

  private String page(String path) {
    return http.toBlocking().retrieve(HttpRequest.GET(path).accept("text/html"));
  }

  @Test
  void theRootRedirectsByAcceptLanguageSpanishByDefault() {
    HttpResponse<?> none = http.toBlocking().exchange(HttpRequest.GET("/"));
    assertEquals("/es/", none.header("Location"));
    HttpResponse<?> english =
        http.toBlocking()
            .exchange(HttpRequest.GET("/").header("Accept-Language", "en-US,en;q=0.8"));
    assertEquals("/en/", english.header("Location"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/es/",
        "/en/",
        "/es/search",
        "/en/search?q=violence",
        "/es/about",
        "/en/about",
        "/es/case-studies/sv-ciudad-mujer",
        "/en/case-studies/sv-ciudad-mujer"
      })
  void everyPageExistsInBothLanguagesAndLinksToItsTwin(String path) {
    String html = page(path);
    String lang = path.substring(1, 3);
    String other = lang.equals("es") ? "en" : "es";
    assertTrue(html.contains("<html lang=\"" + lang + "\""), "page language");
    assertTrue(
        html.contains("hreflang=\"" + other + "\" href=\"/" + other + "/"),
        "link to the twin page");
  }

  @Test
  void theAboutPageClaimsOnlyWhatItCanSupportAndShowsARealApiAddress() {
    String en = page("/en/about");
    assertTrue(en.contains("no public source we could find names them"), en);
    assertFalse(en.contains("the CONOSE Network reviews what is published"));
    assertTrue(en.contains("members of the CONOSE Network"));
    assertTrue(en.contains("/api/case-studies/sv-ciudad-mujer"), "an example address");
    assertFalse(en.contains("{id}") || en.contains("/api/case-studies/id "), "no placeholder");
    String es = page("/es/about");
    assertTrue(es.contains("ninguna fuente pública que hayamos encontrado las nombra"), es);
    assertFalse(es.contains("la Red CONOSE revisa lo que se publica"));
    assertTrue(es.contains("miembros de la Red CONOSE"));
    assertTrue(es.contains("/api/case-studies/sv-ciudad-mujer"), "an example address");
    assertFalse(es.contains("{id}") || es.contains("/api/case-studies/id "), "no placeholder");
  }

  @Test
  void theHomePageOffersSearchAndBrowsingWithCounts() {
    String html = page("/es/");
    assertTrue(html.contains("action=\"/es/search\""));
    assertTrue(html.contains("/es/search?theme=vawg"));
    assertTrue(html.contains("Violencia contra las mujeres y las niñas"));
    assertTrue(html.contains("/es/search?country=SV"));
  }

  @Test
  void theResultsPageShowsSnippetsFacetsAndRemovableFilters() {
    String html = page("/en/search?q=violence&country=GT");
    assertTrue(html.contains("<mark>"), "highlighted snippet");
    assertTrue(html.contains("Remove all filters"));
    assertTrue(
        html.contains("href=\"/en/search?q=violence\""),
        "removing the only filter keeps the query");
    assertTrue(html.contains("aria-pressed=\"true\""), "the selected country is marked");
    assertTrue(
        html.contains("country=GT&amp;country=HN") || html.contains("country=GT&amp;country="),
        "other countries add to the selection");
  }

  @Test
  void aCaseStudyPageHasItsPanelSourcesTableOfContentsAndOtherLanguage() {
    String html = page("/en/case-studies/sv-ciudad-mujer");
    assertTrue(html.contains("At a glance"));
    assertTrue(html.contains("Sources"));
    assertTrue(html.contains("href=\"#"), "table of contents");
    assertTrue(html.contains("href=\"/es/case-studies/sv-ciudad-mujer\""));
    assertTrue(html.contains("/en/search?country=SV"), "metadata values lead to searches");
  }

  @Test
  void queryTextIsEscapedInThePage() {
    String html =
        page(UriBuilder.of("/es/search").queryParam("q", "<script>alert(1)</script>").toString());
    assertFalse(html.contains("<script>alert(1)"));
    assertTrue(html.contains("&lt;script&gt;"));
  }

  @Test
  void badParametersGiveAReadablePageNamingThem() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class, () -> page("/en/search?size=500&country=XX"));
    assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
    String html = e.getResponse().getBody(String.class).orElseThrow();
    assertTrue(html.contains("The request is not valid"));
    assertTrue(html.contains("<code>size</code>") && html.contains("<code>country</code>"));
  }

  @Test
  void unknownPagesAreReadable404sInTheirLanguage() {
    HttpClientResponseException e =
        assertThrows(HttpClientResponseException.class, () -> page("/es/case-studies/nada"));
    assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
    assertTrue(
        e.getResponse().getBody(String.class).orElseThrow().contains("Página no encontrada"));
    HttpClientResponseException other =
        assertThrows(HttpClientResponseException.class, () -> page("/fr/"));
    assertEquals(HttpStatus.NOT_FOUND, other.getStatus());
  }

  @Test
  void pagesCarryAStrictContentSecurityPolicy() {
    HttpResponse<String> response =
        http.toBlocking().exchange(HttpRequest.GET("/es/"), String.class);
    assertTrue(response.header("Content-Security-Policy").contains("script-src 'self'"));
    assertEquals("nosniff", response.header("X-Content-Type-Options"));
  }

  @Test
  void theSitemapListsEveryPublishedCaseStudyInEachLanguageWithItsTwin() {
    String xml =
        http.toBlocking().retrieve(HttpRequest.GET("/sitemap.xml").header("Host", "casoteca.test"));
    assertTrue(xml.contains("<loc>http://casoteca.test/es/case-studies/sv-ciudad-mujer</loc>"));
    assertTrue(
        xml.contains(
            "hreflang=\"en\" href=\"http://casoteca.test/en/case-studies/sv-ciudad-mujer\""));
    assertTrue(xml.contains("<loc>http://casoteca.test/en/about</loc>"));
    String robots =
        http.toBlocking().retrieve(HttpRequest.GET("/robots.txt").header("Host", "casoteca.test"));
    assertTrue(robots.contains("Sitemap: http://casoteca.test/sitemap.xml"));
  }

  @Test
  void aForgedHostHeaderCannotInjectIntoTheSitemap() {
    String xml =
        http.toBlocking().retrieve(HttpRequest.GET("/sitemap.xml").header("Host", "x\"><script>"));
    assertFalse(xml.contains("<script>"));
  }

  @Test
  void aSearchCanBeFollowedAsAnAtomFeedNewestFirst() {
    HttpResponse<String> response =
        http.toBlocking().exchange(HttpRequest.GET("/en/feed.xml?country=GT"), String.class);
    assertEquals("application/atom+xml", response.getContentType().orElseThrow().toString());
    String xml = response.body();
    assertTrue(xml.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">"));
    assertTrue(xml.contains("Guatemala"), "the title says what is followed");
    assertTrue(xml.contains("/en/case-studies/gt-mopsic"));
    assertFalse(xml.contains("/en/case-studies/sv-ciudad-mujer"), "only the followed country");
    String page = page("/en/search?country=GT");
    assertTrue(
        page.contains("href=\"/en/feed.xml?country=GT\""), "the results page offers its feed");
  }
}
