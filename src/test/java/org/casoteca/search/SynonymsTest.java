package org.casoteca.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The curated synonym file: its format, how queries are rewritten, and reloading it live. */
class SynonymsTest {

  @Test
  void equivalentTermsExpandToEachOtherWithMultiWordTermsQuoted() {
    SynonymRules rules = SynonymRules.parse("vcmn, vawg, violencia contra las mujeres\n");
    assertEquals(
        "(vcmn | vawg | \"violencia contra las mujeres\") 2021", rules.expand("VCMN 2021"));
    assertEquals(
        "(vcmn | vawg | \"violencia contra las mujeres\")",
        rules.expand("violencia contra las mujeres"));
  }

  @Test
  void theLongestRunOfWordsWinsAndAccentsDoNotMatter() {
    SynonymRules rules =
        SynonymRules.parse("policia, police\npolicia comunitaria, community policing\n");
    assertEquals(
        "(policia comunitaria | community policing)"
            .replace("policia comunitaria", "\"policia comunitaria\"")
            .replace("community policing", "\"community policing\""),
        rules.expand("Policía comunitaria"));
    assertEquals("(policia | police) nacional", rules.expand("policía nacional"));
  }

  @Test
  void explicitMappingsSearchOnlyTheRightHandSide() {
    SynonymRules rules = SynonymRules.parse("pnc => policia\n");
    assertEquals("(policia)", rules.expand("PNC"));
    assertEquals("policia", rules.expand("policia"));
  }

  @Test
  void phrasesInQuotesAndExcludedWordsAreLeftAlone() {
    SynonymRules rules = SynonymRules.parse("maras, pandillas, gangs\n");
    assertEquals("\"maras\" -pandillas", rules.expand("\"maras\" -pandillas"));
    assertEquals("(maras | pandillas | gangs) -panama", rules.expand("maras -panama"));
  }

  @Test
  void hyphenatedTermsMatchHyphenatedOrSpacedWords() {
    SynonymRules rules = SynonymRules.parse("vbg, gender-based violence\n");
    assertEquals("(vbg | \"gender based violence\")", rules.expand("gender-based violence"));
    assertEquals("(vbg | \"gender based violence\")", rules.expand("gender based violence"));
  }

  @Test
  void commentsAndBlankLinesAreIgnoredAndBadLinesReported() {
    SynonymRules rules = SynonymRules.parse("# comment\n\na, b\nx => y => z\n => q\n");
    assertEquals(2, rules.problems().size());
    assertTrue(rules.knows("a"));
    assertFalse(rules.knows("x"));
  }

  @Test
  void editsToTheFileTakeEffectWithoutARestart(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("synonyms.txt");
    Files.writeString(file, "maras, pandillas\n");
    AtomicLong clock = new AtomicLong();
    Synonyms synonyms = new Synonyms(file, clock::get);
    assertEquals("(maras | pandillas)", synonyms.expand("maras"));

    Files.writeString(file, "maras, gangs\n");
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
    assertEquals("(maras | pandillas)", synonyms.expand("maras"), "checked at most once a second");
    clock.addAndGet(1_000_000_000L);
    assertEquals("(maras | gangs)", synonyms.expand("maras"));
  }

  @Test
  void aFileThatDisappearsKeepsThePreviousRules(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("synonyms.txt");
    Files.writeString(file, "maras, pandillas\n");
    AtomicLong clock = new AtomicLong();
    Synonyms synonyms = new Synonyms(file, clock::get);
    assertEquals("(maras | pandillas)", synonyms.expand("maras"));
    Files.delete(file);
    clock.addAndGet(1_000_000_000L);
    assertEquals("(maras | pandillas)", synonyms.expand("maras"));
  }
}
