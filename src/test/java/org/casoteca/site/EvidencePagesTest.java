package org.casoteca.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.casoteca.search.IndexFollower;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rating scale is explained, and every rating a reader sees leads to its explanation. */
@MicronautTest
class EvidencePagesTest {

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
  void theEvidencePageExplainsEveryLevelInBothLanguages() {
    String es = page("/es/evidence");
    assertTrue(es.contains("Cómo calificamos la evidencia"));
    assertTrue(es.contains("id=\"not_applicable\""));
    assertTrue(es.contains("No aplica"));
    assertTrue(es.contains("un estudio, una herramienta, un evento"));
    assertTrue(es.contains("id=\"promising\""));
    assertTrue(es.contains("Quién califica"));
    assertTrue(es.contains("href=\"/es/search?evidence=promising\""));
    assertTrue(es.contains("id=\"design-rct\""));
    String en = page("/en/evidence");
    assertTrue(en.contains("How we rate the evidence"));
    assertTrue(en.contains("Not applicable"));
    assertTrue(en.contains("Who rates"));
  }

  @Test
  void aCaseStudyLinksItsRatingAndEachOutcomeToTheScale() {
    String html = page("/es/case-studies/sv-ciudad-mujer");
    assertTrue(html.contains("href=\"/es/evidence#promising\""), "overall rating linked");
    assertTrue(html.contains("href=\"/es/evidence#design-rct\""), "design linked");
    // The outcome row names the evaluation it rests on, not a bare "source" link.
    assertTrue(html.contains("Impact Evaluation: El Salvador, Women&#39;s City"), "outcome source");
  }

  @Test
  void aToolIsShownAsNotApplicableNotAsNotEvaluated() {
    String html = page("/en/case-studies/tool-respect-women");
    assertTrue(html.contains("evidence-not_applicable"));
    assertTrue(html.contains(">Not applicable<"));
    assertTrue(html.contains("href=\"/en/evidence#not_applicable\""));
    assertFalse(html.contains(">Not evaluated<"));
  }

  @Test
  void searchHitsLinkTheirRatingToTheScale() {
    String html = page("/en/search?q=respect");
    assertTrue(html.contains("href=\"/en/evidence#not_applicable\""));
  }
}
