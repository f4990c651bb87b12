package org.casoteca.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/**
 * Any bytes given as a case-study file end as a case study or as problems with positions, never as
 * an exception: strict UTF-8, the front-matter fences, the YAML reader (tags, aliases, duplicate
 * keys, nesting) and the validator against the taxonomy. A file that passes renders to safe HTML.
 * Seeds: the front-matter attacks of the security research, under {@code
 * FrontMatterFuzzTestInputs}.
 */
class FrontMatterFuzzTest {

  private static final CaseStudyParser PARSER =
      new CaseStudyParser(TaxonomyLoader.load(Path.of("content/taxonomy.yml")));

  @FuzzTest(maxDuration = "10m")
  void anyFileIsACaseStudyOrProblemsWithPositions(byte[] file) {
    ParseResult result = PARSER.parse("content/experiences/fuzz.es.md", file, "experience");
    if (result.isValid()) {
      assertTrue(result.caseStudy().isPresent());
      MarkdownRendererTest.assertSafe(result.caseStudy().get().body().html());
      return;
    }
    assertFalse(result.problems().isEmpty(), "refused without a problem");
    for (Problem p : result.problems()) {
      assertTrue(p.line() >= 1 && p.column() >= 1, () -> "no position: " + p);
      assertFalse(p.message().isBlank(), () -> "no message: " + p);
    }
  }
}
