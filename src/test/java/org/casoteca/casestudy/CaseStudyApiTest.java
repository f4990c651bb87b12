package org.casoteca.casestudy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /api/case-studies/{id}} and the import report, as an API client sees them. */
@MicronautTest
class CaseStudyApiTest {

  @Inject
  @Client("/")
  HttpClient http;

  private Map<String, Object> get(String path) {
    return http.toBlocking()
        .retrieve(HttpRequest.GET(path), Argument.mapOf(String.class, Object.class));
  }

  @Test
  @SuppressWarnings("unchecked")
  void returnsMetadataSanitizedHtmlMarkdownAndTableOfContents() {
    Map<String, Object> body = get("/api/case-studies/sv-ciudad-mujer?lang=en");
    assertEquals("en", body.get("lang"));
    assertEquals(List.of("es", "en"), body.get("languages"));
    Map<String, Object> metadata = (Map<String, Object>) body.get("metadata");
    assertEquals(List.of("SV"), metadata.get("countries"));
    assertTrue(metadata.containsKey("start_year"), "metadata uses the format's field names");
    assertTrue(body.get("html").toString().contains("<h2 id="));
    assertTrue(
        body.get("markdown").toString().startsWith("---\n"), "the source exactly as written");
    assertTrue(((List<?>) body.get("toc")).size() >= 3);
    assertEquals("/en/case-studies/sv-ciudad-mujer", body.get("url"));
  }

  @Test
  void acceptLanguageChoosesTheVersionWhenLangIsAbsent() {
    Map<String, Object> body =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/case-studies/sv-ciudad-mujer")
                    .header("Accept-Language", "en"),
                Argument.mapOf(String.class, Object.class));
    assertEquals("en", body.get("lang"));
  }

  @Test
  void anUnknownIdIs404WithAProblemBody() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () -> http.toBlocking().retrieve("/api/case-studies/no-such-case"));
    assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
    assertTrue(e.getResponse().getBody(String.class).orElseThrow().contains("no-such-case"));
  }

  @Test
  void anUnsupportedLanguageIs400() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () -> http.toBlocking().retrieve("/api/case-studies/sv-ciudad-mujer?lang=fr"));
    assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
  }

  @Test
  void theImportReportCountsTheBundledContent() {
    Map<String, Object> report = get("/api/import-report");
    assertEquals(
        0,
        ((Number) report.get("skipped")).intValue(),
        () -> "problems: " + report.get("problems"));
    assertTrue(((Number) report.get("files_seen")).intValue() >= 40);
  }
}
