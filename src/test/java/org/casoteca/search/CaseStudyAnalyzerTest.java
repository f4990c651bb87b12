package org.casoteca.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseStudyAnalyzerTest {

  private static final Analyzer SPANISH = CaseStudyAnalyzer.spanish();
  private static final Analyzer ENGLISH = CaseStudyAnalyzer.english();

  @AfterAll
  static void close() {
    SPANISH.close();
    ENGLISH.close();
  }

  static List<String> tokens(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("body_es", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Analyzer chain(String lang) {
    return "en".equals(lang) ? ENGLISH : SPANISH;
  }

  @ParameterizedTest(name = "[{0}] {1} = {2}")
  @CsvSource({
    "es, policía, policia",
    "en, policía, policia",
    "es, PANAMÁ, panama",
    "en, PANAMÁ, panama",
    "es, Gestión, gestion",
    "es, pingüino, pinguino",
    "es, ÉXITO, exito",
    // decomposed accent (i + combining acute accent), as some editors save it
    "es, polici\u0301a, policia",
  })
  void accentsAndCaseAreFolded(String lang, String written, String typed) {
    List<String> fromText = tokens(chain(lang), written);
    assertEquals(1, fromText.size(), () -> "one token expected for " + written + ": " + fromText);
    assertEquals(fromText, tokens(chain(lang), typed));
  }

  @ParameterizedTest(name = "[{0}] {1} != {2}")
  @CsvSource({"es, año, ano", "en, año, ano", "es, caña, cana", "es, AÑOS, anos"})
  void enieIsKeptDistinctFromN(String lang, String withEnie, String withN) {
    List<String> enie = tokens(chain(lang), withEnie);
    assertEquals(1, enie.size());
    assertTrue(enie.get(0).contains("ñ"), () -> "ñ must survive analysis: " + enie);
    assertNotEquals(enie, tokens(chain(lang), withN));
  }

  @ParameterizedTest(name = "[{0}] {1} = {2}")
  @CsvSource({
    "es, mujeres, mujer",
    "es, municipios, municipio",
    "es, pandillas, pandilla",
    "es, víctimas, victima",
    "es, políticas, política",
    "en, programmes, programme",
    "en, cities, city",
    "en, gangs, gang",
    "en, victims, victim",
    "en, police's, police",
  })
  void pluralsFindTheSingular(String lang, String plural, String singular) {
    List<String> fromPlural = tokens(chain(lang), plural);
    assertEquals(1, fromPlural.size());
    assertEquals(fromPlural, tokens(chain(lang), singular));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"es", "en"})
  void stopWordsOfBothLanguagesAreRemovedByBothChains(String lang) {
    Analyzer analyzer = chain(lang);
    List<String> expected = new ArrayList<>();
    for (String word : List.of("mujeres", "cities", "ciudad")) {
      expected.addAll(tokens(analyzer, word));
    }
    assertEquals(3, expected.size());
    assertEquals(expected, tokens(analyzer, "De LAS mujeres and THE cities of la ciudad"));
  }

  @Test
  void accentedStopWordsAreRemovedWhetherTypedWithOrWithoutAccent() {
    assertEquals(List.of(), tokens(SPANISH, "Él está MÁS"));
    assertEquals(List.of(), tokens(SPANISH, "el esta mas"));
    assertEquals(List.of(), tokens(ENGLISH, "Él está más"));
  }

  @Test
  void spanishAndEnglishChainsStemDifferently() {
    // The English (Porter) stemmer must not be applied to Spanish fields and vice versa.
    assertEquals(tokens(ENGLISH, "communities"), tokens(ENGLISH, "community"));
    assertNotEquals(tokens(SPANISH, "communities"), tokens(SPANISH, "community"));
  }
}
