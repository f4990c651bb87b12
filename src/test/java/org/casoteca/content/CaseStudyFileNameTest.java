package org.casoteca.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** File names give a case study its id (its address) and language: {@code <id>.<lang>.md}. */
class CaseStudyFileNameTest {

  @ParameterizedTest
  @CsvSource({
    "sv-ciudad-mujer.es.md, sv-ciudad-mujer, es",
    "sv-ciudad-mujer.en.md, sv-ciudad-mujer, en",
    "abc.es.md, abc, es",
    "gt-maimi-2.en.md, gt-maimi-2, en",
    "a1b.es.md, a1b, es",
    "regional-spotlight-initiative.en.md, regional-spotlight-initiative, en"
  })
  void aConventionalNameGivesItsIdAndLanguage(String fileName, String id, String lang) {
    assertEquals(Optional.of(new CaseStudyFileName(id, lang)), CaseStudyFileName.parse(fileName));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../x.es.md",
        "../../etc/passwd.es.md",
        "experiences/abc.es.md",
        "..\\abc.es.md",
        "X.es.md",
        "Sv-ciudad-mujer.es.md",
        "a.es.md",
        "ab.es.md",
        "abc.fr.md",
        "abc.EN.md",
        "abc.md",
        "abc.es",
        "abc.es.md.bak",
        "abc.es.markdown",
        "abc--d.es.md",
        "abc-.es.md",
        "-abc.es.md",
        "1abc.es.md",
        "abc_d.es.md",
        "abc d.es.md",
        "abc.d.es.md",
        "ciudad-mujér.es.md",
        ".es.md",
        "",
        "abc.es.md\n",
        "abc.es.md/"
      })
  void anUnconventionalNameIsRefused(String fileName) {
    assertEquals(Optional.empty(), CaseStudyFileName.parse(fileName), fileName);
  }

  @Test
  void idsOfThreeToEightyCharactersAreAllowed() {
    String eighty = "a" + "-b".repeat(39) + "c";
    assertEquals(80, eighty.length());

    assertTrue(CaseStudyFileName.parse("abc.es.md").isPresent());
    assertTrue(CaseStudyFileName.parse(eighty + ".es.md").isPresent());
    assertEquals(Optional.empty(), CaseStudyFileName.parse(eighty + "d.es.md"));
  }

  @Test
  void theExpectationExplainsTheConvention() {
    String expectation = CaseStudyFileName.expectation();

    assertTrue(expectation.contains("<id>.<lang>.md"), expectation);
    assertTrue(expectation.contains("3-80"), expectation);
    assertTrue(expectation.contains("es, en"), expectation);
  }
}
