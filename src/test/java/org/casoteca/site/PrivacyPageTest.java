package org.casoteca.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The privacy notice in both languages, with the configured contact address, linked from every
 * page.
 */
@MicronautTest
@Property(name = "casoteca.site.contact-email", value = "datos@conose.example")
class PrivacyPageTest {

  @Inject
  @Client("/")
  HttpClient http;

  private String page(String path) {
    return http.toBlocking().retrieve(HttpRequest.GET(path).accept(MediaType.TEXT_HTML));
  }

  @Test
  void bothLanguagesSayWhatIsKeptAndWhomToWrite() {
    String es = page("/es/privacy");
    assertTrue(es.contains("Privacidad y contacto"), es);
    assertTrue(es.contains("resumen BCrypt"), es);
    assertTrue(es.contains("mailto:datos@conose.example"), es);
    String en = page("/en/privacy");
    assertTrue(en.contains("BCrypt hash of your password"), en);
    assertTrue(en.contains("mailto:datos@conose.example"), en);
    assertFalse(en.contains("has not published a contact address"), en);
  }

  @Test
  void everyPageLinksToIt() {
    assertTrue(page("/es/").contains("href=\"/es/privacy\""));
    assertTrue(page("/en/about").contains("href=\"/en/privacy\""));
  }
}
