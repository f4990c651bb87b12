package org.casoteca.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile Markdown that once overflowed Flexmark's stack (from 566 nested list markers on) or cost
 * seconds per rendering (100,000 headings): each is refused as a problem with line and column
 * before Flexmark parses it, whatever else is wrong with the file, and ordinary nesting still
 * renders.
 */
class DeepMarkdownTest {

  static CaseStudyParser parser;

  @BeforeAll
  static void loadTaxonomy() {
    parser = new CaseStudyParser(TaxonomyLoader.load(Path.of("content/taxonomy.yml")));
  }

  static Stream<Arguments> hostileBodies() {
    StringBuilder indented = new StringBuilder();
    for (int i = 0; i < 600; i++) {
      indented.append("  ".repeat(i)).append("- a\n");
    }
    return Stream.of(
        Arguments.of("list markers", "- ".repeat(566) + "x\n"),
        Arguments.of("ordered markers", "1. ".repeat(2000) + "x\n"),
        Arguments.of("quotes", ">".repeat(5000) + " x\n"),
        Arguments.of("indented lists", indented.toString()),
        Arguments.of("emphasis", "*a ".repeat(3000) + "x" + " a*".repeat(3000) + "\n"),
        Arguments.of("images", "![".repeat(3000) + "x" + "](u)".repeat(3000) + "\n"),
        Arguments.of("headings", "# a\n".repeat(100_000)),
        Arguments.of("paragraphs", "a\n\n".repeat(100_000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileBodies")
  void aTextTooDeepOrTooLargeIsAProblemWithLineAndColumn(String name, String body) {
    String text = CaseStudyParserTest.MINIMAL + "\n" + body;
    int bodyLine = (int) CaseStudyParserTest.MINIMAL.lines().count() + 2;
    ParseResult result = parser.parse("x.es.md", bytes(text), null);
    assertTrue(result.caseStudy().isEmpty(), name);
    assertEquals(1, result.problems().size(), () -> result.problems().toString());
    Problem problem = result.problems().get(0);
    assertTrue(problem.line() >= bodyLine, problem::toString);
    assertTrue(problem.column() >= 1, problem::toString);
    assertTrue(
        problem.message().contains("nested")
            || problem.message().contains("headings")
            || problem.message().contains("lines"),
        problem::toString);
  }

  @Test
  void theDepthIsReportedEvenWhenTheFrontMatterIsWrongToo() {
    String text = "---\ntitle: 3\n---\n\n" + "- ".repeat(566) + "x\n";
    List<Problem> problems = parser.parse("x.es.md", bytes(text), null).problems();
    assertTrue(
        problems.stream().anyMatch(p -> p.line() == 5 && p.message().contains("nested")),
        problems::toString);
    assertTrue(problems.stream().anyMatch(p -> p.field().equals("summary")), problems::toString);
    assertTrue(parser.unshowable("x.es.md", text).isPresent());
  }

  @Test
  void theRendererRefusesInsteadOfOverflowing() {
    MarkdownRenderer renderer = new MarkdownRenderer();
    UnrenderableMarkdownException e =
        assertThrows(
            UnrenderableMarkdownException.class,
            () -> renderer.render("intro\n\n" + "> ".repeat(1000) + "x"));
    assertEquals(3, e.line());
  }

  @Test
  void ordinaryNestingAndManyEqualHeadingsStillRender() {
    String body =
        "- a\n  - b\n    - c\n      > quoted **bold _and [a link](https://example.org)_**\n\n"
            + "## Notas\n\ntexto\n\n".repeat(1500)
            + "--- --- --- --- --- --- --- --- --- --- --- --- --- --- --- --- --- ---\n";
    ParseResult result =
        parser.parse("x.es.md", bytes(CaseStudyParserTest.MINIMAL + "\n" + body), null);
    assertTrue(result.isValid(), () -> result.problems().toString());
    RenderedBody rendered = result.caseStudy().orElseThrow().body();
    assertEquals(1500, rendered.headings().size());
    assertEquals("notas-1499", rendered.headings().get(1499).id());
    assertTrue(rendered.html().contains("<blockquote>"));
    assertFalse(parser.unshowable("x.es.md", body).isPresent());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
