package org.casoteca.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every interface text exists in Spanish and English, and no translation is left empty. */
class I18nPropertiesSyncTest {

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = I18nPropertiesSyncTest.class.getResourceAsStream("/i18n/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void spanishAndEnglishHaveTheSameKeys() throws IOException {
    Properties es = load("messages_es.properties");
    Properties en = load("messages_en.properties");
    assertEquals(new TreeSet<>(es.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
    assertEquals(
        new TreeSet<>(es.stringPropertyNames()),
        new TreeSet<>(load("messages.properties").stringPropertyNames()));
  }

  @Test
  void noTextIsEmptyOrLeftUntranslated() throws IOException {
    Properties es = load("messages_es.properties");
    Properties en = load("messages_en.properties");
    for (String key : es.stringPropertyNames()) {
      assertTrue(!es.getProperty(key).isBlank() && !en.getProperty(key).isBlank(), key);
    }
    long identical =
        es.stringPropertyNames().stream()
            .filter(k -> es.getProperty(k).equals(en.getProperty(k)))
            .count();
    assertTrue(identical < 5, "most texts differ between languages; identical: " + identical);
  }
}
