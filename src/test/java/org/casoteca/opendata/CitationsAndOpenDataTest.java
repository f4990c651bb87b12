package org.casoteca.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.casoteca.search.IndexFollower;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Citations for reference managers, bulk downloads and CORS, as a client would use them. */
@MicronautTest
class CitationsAndOpenDataTest {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject IndexFollower follower;
  @Inject JsonMapper json;

  @BeforeEach
  void indexCaughtUp() {
    follower.catchUp();
  }

  private HttpResponse<String> get(String path) {
    return http.toBlocking().exchange(HttpRequest.GET(path), String.class);
  }

  @Test
  void aCaseStudyIsCitedInBibtexRisAndCslJson() throws IOException {
    HttpResponse<String> bib =
        get("/api/case-studies/sv-ciudad-mujer/citation?format=bibtex&lang=es");
    assertTrue(bib.getContentType().orElseThrow().toString().startsWith("application/x-bibtex"));
    String b = bib.body();
    assertTrue(b.startsWith("@misc{casoteca-sv-ciudad-mujer-es,"), b);
    assertTrue(b.contains("author = {{Casoteca}}"));
    assertTrue(b.contains("/es/case-studies/sv-ciudad-mujer}"));
    assertTrue(b.contains("language = {spanish}"));

    String ris = get("/api/case-studies/sv-ciudad-mujer/citation?format=ris&lang=en").body();
    assertTrue(ris.startsWith("TY  - ELEC\r\n"), ris);
    assertTrue(ris.contains("\r\nAU  - Casoteca\r\n"));
    assertTrue(ris.contains("\r\nLA  - en\r\n"));
    assertTrue(ris.endsWith("ER  - \r\n"));

    JsonNode csl =
        json.readValue(
            get("/api/case-studies/sv-ciudad-mujer/citation?format=csl-json").body(),
            JsonNode.class);
    JsonNode item = csl.get(0);
    assertEquals("webpage", item.get("type").getStringValue());
    assertEquals("Casoteca", item.get("author").get(0).get("literal").getStringValue());
    assertTrue(item.get("URL").getStringValue().endsWith("/case-studies/sv-ciudad-mujer"));
    assertEquals(3, item.get("issued").get("date-parts").get(0).size());
  }

  @Test
  void aResultListIsCitedInResultOrder() {
    String ris = get("/api/citations?format=ris&lang=en&country=GT&size=100").body();
    int records = ris.split("TY  - ELEC").length - 1;
    assertTrue(records >= 2, ris);
    assertTrue(ris.contains("/en/case-studies/gt-mopsic"));
  }

  @Test
  void anUnknownFormatOrCaseStudyIsAClientError() {
    HttpClientResponseException bad =
        assertThrows(
            HttpClientResponseException.class,
            () -> get("/api/case-studies/sv-ciudad-mujer/citation?format=endnote"));
    assertEquals(HttpStatus.BAD_REQUEST, bad.getStatus());
    assertTrue(bad.getResponse().getBody(String.class).orElse("").contains("format"));
    HttpClientResponseException missing =
        assertThrows(
            HttpClientResponseException.class,
            () -> get("/api/case-studies/no-such-case/citation"));
    assertEquals(HttpStatus.NOT_FOUND, missing.getStatus());
  }

  @Test
  void theCaseStudyPageSuggestsACitationInItsLanguage() {
    String es =
        http.toBlocking()
            .retrieve(HttpRequest.GET("/es/case-studies/sv-ciudad-mujer").accept("text/html"));
    assertTrue(es.contains("Cómo citar este caso"));
    assertTrue(es.contains("(consultado el "));
    assertTrue(es.contains("/api/case-studies/sv-ciudad-mujer/citation?format=ris&amp;lang=es"));
    String en =
        http.toBlocking()
            .retrieve(HttpRequest.GET("/en/case-studies/sv-ciudad-mujer").accept("text/html"));
    assertTrue(en.contains("How to cite this case study"));
    assertTrue(en.contains("(accessed "));
    String search =
        http.toBlocking().retrieve(HttpRequest.GET("/en/search?country=GT").accept("text/html"));
    assertTrue(search.contains("/api/citations?country=GT&amp;format=bibtex&amp;lang=en"), search);
  }

  @Test
  void everyPublishedCaseStudyIsDownloadableAsJsonCsvAndMarkdown() throws IOException {
    JsonNode all = json.readValue(get("/api/open-data/case-studies.json").body(), JsonNode.class);
    int caseStudies = all.size();
    assertTrue(caseStudies >= 30, "case studies: " + caseStudies);
    JsonNode first = all.get(0);
    assertTrue(first.get("versions").get(0).get("markdown").getStringValue().startsWith("---"));
    assertTrue(first.get("versions").get(0).get("metadata").get("evidence").isObject());

    HttpResponse<String> csv = get("/api/open-data/case-studies.csv");
    assertTrue(csv.getContentType().orElseThrow().toString().startsWith("text/csv"));
    List<String> lines = List.of(csv.body().split("\r\n"));
    assertTrue(lines.get(0).startsWith("\"id\",\"lang\",\"collection\",\"title\""));
    int versions = 0;
    for (int i = 0; i < caseStudies; i++) {
      versions += all.get(i).get("versions").size();
    }
    assertEquals(versions + 1, lines.size(), "one row per language version plus the header");

    byte[] zip =
        http.toBlocking()
            .exchange(HttpRequest.GET("/api/open-data/case-studies.zip"), byte[].class)
            .body();
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
      }
    }
    assertTrue(names.contains("LICENSE.txt"));
    assertTrue(names.contains("experiences/sv-ciudad-mujer.es.md"), names.toString());
    assertEquals(versions + 1, names.size());
  }

  @Test
  void theDataPackageDescribesEachFileAndTheCsvColumns() throws IOException {
    JsonNode dp = json.readValue(get("/api/open-data/datapackage.json").body(), JsonNode.class);
    assertEquals("CC-BY-4.0", dp.get("licenses").get(0).get("name").getStringValue());
    Map<String, JsonNode> resources = new HashMap<>();
    for (int i = 0; i < dp.get("resources").size(); i++) {
      JsonNode r = dp.get("resources").get(i);
      resources.put(r.get("name").getStringValue(), r);
    }
    JsonNode csv = resources.get("case-studies-metadata");
    assertTrue(csv.get("path").getStringValue().endsWith("/api/open-data/case-studies.csv"));
    JsonNode fields = csv.get("schema").get("fields");
    String header = get("/api/open-data/case-studies.csv").body().split("\r\n")[0];
    assertEquals(header.split(",").length, fields.size(), "schema lists every column");
    assertEquals("id", fields.get(0).get("name").getStringValue());
    assertTrue(resources.containsKey("case-studies"));
    assertTrue(resources.containsKey("case-studies-markdown"));
    String licence = get("/api/open-data/LICENSE.txt").body();
    assertTrue(licence.contains("creativecommons.org/licenses/by/4.0"));
  }

  // The test server listens on localhost, where Micronaut refuses foreign origins outright (against
  // drive-by attacks on developers' machines); another port of localhost is another origin too.
  private static final String OTHER_ORIGIN = "http://localhost:5173";

  @Test
  void thePublicReadApiAllowsOtherOriginsWithoutCredentials() {
    HttpResponse<String> read =
        http.toBlocking()
            .exchange(
                HttpRequest.GET("/api/case-studies?q=policia").header("Origin", OTHER_ORIGIN),
                String.class);
    assertEquals("*", read.header("Access-Control-Allow-Origin"));
    assertNull(read.header("Access-Control-Allow-Credentials"));
    HttpResponse<String> page =
        http.toBlocking()
            .exchange(
                HttpRequest.GET("/es/about").accept("text/html").header("Origin", OTHER_ORIGIN),
                String.class);
    assertNull(page.header("Access-Control-Allow-Origin"), "site pages are not part of the API");
    String body = new String(read.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    assertTrue(body.contains("\"hits\""));
  }
}
