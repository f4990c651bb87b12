package org.casoteca.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Typos, synonyms, autocomplete and related case studies, as an API client and a reader see them.
 */
@MicronautTest
class SearchFinesseApiTest {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject IndexFollower follower;
  @Inject Autocomplete autocomplete;

  @BeforeEach
  void indexCaughtUp() {
    follower.catchUp();
    autocomplete.rebuild();
  }

  private Map<String, Object> get(String path, String... params) {
    UriBuilder uri = UriBuilder.of(path);
    for (int i = 0; i < params.length; i += 2) {
      uri.queryParam(params[i], params[i + 1]);
    }
    return http.toBlocking()
        .retrieve(HttpRequest.GET(uri.toString()), Argument.mapOf(String.class, Object.class));
  }

  @SuppressWarnings("unchecked")
  private static List<String> ids(Map<String, Object> body) {
    return ((List<Map<String, Object>>) body.get("hits"))
        .stream().map(h -> h.get("id").toString()).toList();
  }

  @Test
  void aMisspelledWordFindsWhatItMeantAndSaysSo() {
    Map<String, Object> body = get("/api/case-studies", "q", "polcia comunitaria");
    assertEquals("gt-mopsic", ids(body).get(0));
    assertEquals("policia comunitaria", body.get("suggestion"));
    assertEquals(true, body.get("corrected"));
  }

  @Test
  void anExactQueryIsNotFloodedWithLookAlikes() {
    Map<String, Object> exact = get("/api/case-studies", "q", "MOPSIC");
    assertEquals(List.of("gt-mopsic"), ids(exact).subList(0, 1));
    assertNull(exact.get("suggestion"));
    assertEquals(false, exact.get("corrected"));
  }

  @Test
  void acronymsAndSynonymsFindTheSameCaseStudies() {
    List<String> acronym = ids(get("/api/case-studies", "q", "PESS"));
    assertEquals("sv-plan-el-salvador-seguro", acronym.get(0));
    List<String> maras = ids(get("/api/case-studies", "q", "maras", "size", "50"));
    List<String> gangs = ids(get("/api/case-studies", "q", "gangs", "size", "50"));
    assertEquals(new java.util.TreeSet<>(maras), new java.util.TreeSet<>(gangs));
    assertTrue(maras.contains("pa-barrios-seguros"));
  }

  @Test
  void theResultsPageOffersTheCorrection() {
    String html =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET(
                    UriBuilder.of("/es/search").queryParam("q", "obsevatorio").toString()));
    assertTrue(html.contains("Mostrando resultados para"), html);
    assertTrue(html.contains("observatorio"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void autocompleteOffersTitlesThemesAndCountriesForAPrefix() {
    Map<String, Object> body = get("/api/suggest", "q", "ciudad muj", "lang", "es");
    List<Map<String, Object>> suggestions = (List<Map<String, Object>>) body.get("suggestions");
    assertTrue(
        suggestions.stream().anyMatch(s -> s.get("url").equals("/es/case-studies/sv-ciudad-mujer")),
        suggestions.toString());
    List<Map<String, Object>> countries =
        (List<Map<String, Object>>)
            get("/api/suggest", "q", "guatem", "lang", "en").get("suggestions");
    assertTrue(
        countries.stream()
            .anyMatch(
                s ->
                    s.get("kind").equals("country")
                        && s.get("url").equals("/en/search?country=GT")));
    List<Map<String, Object>> themes =
        (List<Map<String, Object>>)
            get("/api/suggest", "q", "justicia dig", "lang", "es").get("suggestions");
    assertTrue(themes.stream().anyMatch(s -> s.get("kind").equals("theme")), themes.toString());
  }

  @Test
  void autocompleteRefusesOverlongInput() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class, () -> get("/api/suggest", "q", "x".repeat(101)));
    assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
  }

  @Test
  @SuppressWarnings("unchecked")
  void relatedCaseStudiesNeverIncludeTheCaseStudyItself() {
    Map<String, Object> body = get("/api/case-studies/sv-ciudad-mujer", "lang", "es");
    List<Map<String, Object>> related = (List<Map<String, Object>>) body.get("related");
    assertFalse(related.isEmpty());
    assertTrue(related.stream().noneMatch(r -> r.get("id").equals("sv-ciudad-mujer")));
    assertEquals(
        "hn-ciudad-mujer-honduras", related.get(0).get("id"), "the closest programme comes first");
    String html = http.toBlocking().retrieve(HttpRequest.GET("/es/case-studies/sv-ciudad-mujer"));
    assertTrue(
        html.contains("Casos relacionados")
            && html.contains("/es/case-studies/hn-ciudad-mujer-honduras"));
  }

  @Test
  void theSearchBoxIsAnAccessibleComboboxThatWorksWithoutScript() {
    String html = http.toBlocking().retrieve(HttpRequest.GET("/en/"));
    assertTrue(html.contains("action=\"/en/search\""), "a plain form");
    assertTrue(html.contains("role=\"listbox\"") && html.contains("/static/js/suggest.js"));
    String script = http.toBlocking().retrieve(HttpRequest.GET("/static/js/suggest.js"));
    assertTrue(script.contains("aria-activedescendant") && script.contains("ArrowDown"));
  }
}
