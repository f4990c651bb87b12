package org.casoteca.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The search API over the bundled corpus, as an API client sees it. */
@MicronautTest
class SearchApiTest {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject IndexFollower follower;

  @BeforeEach
  void indexCaughtUp() {
    follower.catchUp();
  }

  private Map<String, Object> get(String path) {
    return http.toBlocking()
        .retrieve(HttpRequest.GET(path), Argument.mapOf(String.class, Object.class));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> hits(Map<String, Object> body) {
    return (List<Map<String, Object>>) body.get("hits");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> facet(Map<String, Object> body, String name) {
    return ((Map<String, List<Map<String, Object>>>) body.get("facets")).get(name);
  }

  private static long count(List<Map<String, Object>> values, String value) {
    return values.stream()
        .filter(v -> v.get("value").equals(value))
        .mapToLong(v -> ((Number) v.get("count")).longValue())
        .findFirst()
        .orElse(0);
  }

  @Test
  void anEmptyQueryListsEveryCaseStudyWithFacetCounts() {
    Map<String, Object> body = get("/api/case-studies?size=100");
    int total = ((Number) body.get("total")).intValue();
    assertTrue(total >= 20, "the bundled corpus is listed");
    assertEquals(total, hits(body).size());
    long byCollection =
        facet(body, "collection").stream()
            .mapToLong(v -> ((Number) v.get("count")).longValue())
            .sum();
    assertEquals(total, byCollection, "each case study has one collection");
  }

  @Test
  void accentlessSpanishFindsAccentedTextAndHighlightsIt() {
    Map<String, Object> body = get("/api/case-studies?q=policia&lang=es");
    assertFalse(hits(body).isEmpty());
    assertTrue(hits(body).get(0).get("snippet").toString().toLowerCase().contains("<mark>polic"));
  }

  @Test
  void hitsComeInTheRequestedLanguageWithAcceptLanguageAsDefault() {
    Map<String, Object> es = get("/api/case-studies?q=MAIMI&lang=es");
    assertEquals("es", hits(es).get(0).get("lang"));
    assertEquals("/es/case-studies/gt-maimi-modelos-atencion-integral", hits(es).get(0).get("url"));
    Map<String, Object> en =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/case-studies?q=MAIMI")
                    .header("Accept-Language", "en-GB,en;q=0.9"),
                Argument.mapOf(String.class, Object.class));
    assertEquals("en", hits(en).get(0).get("lang"));
    assertTrue(hits(en).get(0).get("title").toString().contains("Integrated"));
  }

  @Test
  void selectingACountryKeepsTheCountsOfTheOtherCountries() {
    Map<String, Object> all = get("/api/case-studies?size=1");
    Map<String, Object> guatemala = get("/api/case-studies?size=1&country=GT");
    assertEquals(count(facet(all, "country"), "HN"), count(facet(guatemala, "country"), "HN"));
    assertEquals(count(facet(all, "country"), "GT"), ((Number) guatemala.get("total")).longValue());
    assertEquals(
        List.of(Map.of("facet", "country", "value", "GT", "label", "Guatemala")),
        guatemala.get("applied"));
  }

  @Test
  void valuesOfOneFacetCombineWithOrAndFacetsWithAnd() {
    long gt = ((Number) get("/api/case-studies?size=1&country=GT").get("total")).longValue();
    long hn = ((Number) get("/api/case-studies?size=1&country=HN").get("total")).longValue();
    long both =
        ((Number) get("/api/case-studies?size=1&country=GT&country=HN").get("total")).longValue();
    assertTrue(both >= Math.max(gt, hn) && both <= gt + hn);
    long gtTools =
        ((Number) get("/api/case-studies?size=1&country=GT&collection=tool").get("total"))
            .longValue();
    assertTrue(gtTools < gt);
  }

  @Test
  void sortsByTitleInTheReadersLanguage() {
    List<Map<String, Object>> hits = hits(get("/api/case-studies?sort=title&lang=en&size=100"));
    List<String> titles = hits.stream().map(h -> h.get("title").toString().toLowerCase()).toList();
    assertEquals(titles.stream().sorted().toList(), titles);
  }

  @Test
  void pagesDoNotOverlap() {
    List<Map<String, Object>> first = hits(get("/api/case-studies?size=5&page=1&sort=title"));
    List<Map<String, Object>> second = hits(get("/api/case-studies?size=5&page=2&sort=title"));
    assertEquals(5, second.size());
    assertTrue(
        first.stream()
            .noneMatch(h -> second.stream().anyMatch(s -> s.get("id").equals(h.get("id")))));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "size=0",
        "size=-1",
        "size=2147483647",
        "size=101",
        "page=0",
        "page=1000000000",
        "page=abc",
        "size=x",
        "sort=random",
        "country=XX",
        "theme=unknown",
        "lang=fr",
        "year_from=abc",
        "year_from=2020&year_to=2010",
        "evidence=great"
      })
  void badParametersAnswer400WithAProblemNamingTheParameter(String query) {
    HttpClientResponseException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            HttpClientResponseException.class,
            () -> http.toBlocking().retrieve("/api/case-studies?" + query));
    assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
    assertEquals(
        "application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
    String body = e.getResponse().getBody(String.class).orElseThrow();
    String parameter = query.split("=")[0].replace("year_from", "year_");
    assertTrue(
        body.contains("\"name\":\"" + parameter) || body.contains("\"invalid-params\""), body);
  }

  @Test
  void everyInvalidParameterIsListedAtOnce() {
    HttpClientResponseException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            HttpClientResponseException.class,
            () -> http.toBlocking().retrieve("/api/case-studies?size=0&sort=x&country=XX"));
    String body = e.getResponse().getBody(String.class).orElseThrow();
    assertTrue(
        body.contains("\"name\":\"size\"")
            && body.contains("\"name\":\"sort\"")
            && body.contains("\"name\":\"country\""),
        body);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"unterminated",
        "a AND OR b",
        "body:[a TO",
        "a*",
        "*a*",
        "/.*/",
        "/.*a.{40}/",
        "abcdefghijabcdefghijabcdefghijabcdef~2",
        "<script>alert(1)</script>",
        "((((violencia))))",
        "-",
        "\"\"",
        "|||"
      })
  void hostileQueriesNeverFail(String q) {
    Map<String, Object> body =
        get(UriBuilder.of("/api/case-studies").queryParam("q", q).toString());
    assertTrue(((Number) body.get("total")).longValue() >= 0);
    hits(body).forEach(h -> assertFalse(h.get("snippet").toString().contains("<script")));
  }

  @Test
  void queriesThatAreTooLongTooDeepOrTooWideAnswer400() {
    for (String q :
        List.of(
            "(".repeat(5000),
            "a".repeat(501),
            String.join(" OR ", java.util.Collections.nCopies(2000, "t")))) {
      HttpClientResponseException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              HttpClientResponseException.class,
              () ->
                  http.toBlocking()
                      .retrieve(UriBuilder.of("/api/case-studies").queryParam("q", q).toString()));
      assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
    }
  }

  @Test
  void aHugeAcceptLanguageHeaderIsHarmless() {
    StringBuilder header = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      header.append("x").append(i).append(";q=0.").append(i % 9).append(',');
    }
    Map<String, Object> body =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/case-studies?size=1")
                    .header("Accept-Language", header.substring(0, 7000)),
                Argument.mapOf(String.class, Object.class));
    assertEquals("es", body.get("lang"));
  }
}
