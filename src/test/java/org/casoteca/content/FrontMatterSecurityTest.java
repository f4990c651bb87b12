package org.casoteca.content;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile or broken files: each must end as a clear problem with a position, never as an exception,
 * a hang or an instantiated class.
 */
class FrontMatterSecurityTest {

  private static final String FILE = "content/experiences/abc.es.md";

  /** The YAML of a valid front matter, without its fences. */
  private static final String YAML =
      """
      title: "Título"
      summary: "Resumen."
      collection: experience
      countries: [SV]
      themes: [vawg]
      evidence: {rating: not_evaluated}
      sources: [{title: "Fuente", url: "https://example.org/a"}]
      updated: 2026-11-28""";

  /** How often a {@link Canary} was loaded or created: a safe reader never does either. */
  static final AtomicInteger CANARY_TOUCHED = new AtomicInteger();

  /** A class a YAML tag could name; loading or creating it is recorded. */
  public static class Canary {
    static {
      CANARY_TOUCHED.incrementAndGet();
    }

    public Canary() {
      CANARY_TOUCHED.incrementAndGet();
    }

    public Canary(Object any) {
      CANARY_TOUCHED.incrementAndGet();
    }
  }

  private static CaseStudyParser parser;

  @BeforeAll
  static void loadTaxonomy() {
    parser = new CaseStudyParser(TaxonomyLoader.load(Path.of("content/taxonomy.yml")));
  }

  @BeforeEach
  void resetCanary() {
    CANARY_TOUCHED.set(0);
  }

  /**
   * Parses without throwing. That a hostile file costs no more than a normal one is shown by what
   * it is refused for (a cap on aliases, nesting or size, checked before the expensive step), not
   * by timing it, which would depend on the machine.
   */
  private static ParseResult parse(byte[] bytes) {
    return assertDoesNotThrow(() -> parser.parse(FILE, bytes, "experience"));
  }

  private static ParseResult parse(String text) {
    return parse(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The single problem of a refused file. */
  private static Problem onlyProblem(ParseResult result) {
    assertFalse(result.isValid(), "the file should have been refused");
    assertTrue(result.caseStudy().isEmpty());
    assertEquals(1, result.problems().size(), result.problems().toString());
    return result.problems().get(0);
  }

  private static void assertAt(Problem problem, int line, int column) {
    assertEquals(
        line + ":" + column, problem.line() + ":" + problem.column(), "position of " + problem);
  }

  private static void assertMentions(Problem problem, String text) {
    assertTrue(problem.message().contains(text), "'" + text + "' not in: " + problem);
  }

  @Test
  void theFixtureIsValid() {
    assertTrue(parse("---\n" + YAML + "\n---\nCuerpo.\n").isValid());
  }

  @Test
  void theScriptEngineManagerGadgetIsAProblemNotAnException() {
    String gadget =
        "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
            + " [\"http://127.0.0.1:1/\"]]]]";
    ParseResult result =
        parse("---\n" + YAML.replace("title: \"Título\"", "title: " + gadget) + "\n---\n");

    Problem p = onlyProblem(result);
    assertAt(p, 2, 8);
    assertMentions(p, "javax.script.ScriptEngineManager");
    assertMentions(p, "not allowed");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "title: !!org.casoteca.content.FrontMatterSecurityTest$Canary [x]",
        "title: !!org.casoteca.content.FrontMatterSecurityTest$Canary x",
        "countries: [!!org.casoteca.content.FrontMatterSecurityTest$Canary SV]",
        "evidence: !!org.casoteca.content.FrontMatterSecurityTest$Canary {rating: mixed}",
        "sources: !!org.casoteca.content.FrontMatterSecurityTest$Canary [{title: a, url: b}]",
        "unknown: !!org.casoteca.content.FrontMatterSecurityTest$Canary []",
        "title: !<tag:yaml.org,2002:org.casoteca.content.FrontMatterSecurityTest$Canary> x",
        "title: !!binary aGVsbG8=",
        "title: !local x"
      })
  void aTagNamingAClassIsRefusedWithoutCreatingAnything(String line) {
    String field = line.substring(0, line.indexOf(':'));
    String yaml =
        YAML.lines()
            .filter(l -> !l.startsWith(field + ":"))
            .reduce(line, (all, l) -> all + "\n" + l);

    ParseResult result = parse("---\n" + yaml + "\n---\n");

    assertFalse(result.isValid(), "a tagged value was accepted");
    assertTrue(
        result.problems().stream()
            .anyMatch(p -> p.line() == 2 && p.message().contains("not allowed")),
        result.problems().toString());
    assertEquals(0, CANARY_TOUCHED.get(), "the tag loaded or created a class");
  }

  @Test
  void aTaggedFrontMatterIsRefusedWithoutCreatingAnything() {
    ParseResult result =
        parse("---\n!!org.casoteca.content.FrontMatterSecurityTest$Canary\n" + YAML + "\n---\n");

    assertFalse(result.isValid());
    Problem p = result.problems().get(0);
    assertAt(p, 2, 1);
    assertMentions(p, "not allowed");
    assertEquals(0, CANARY_TOUCHED.get());
  }

  /** The "billion laughs": 9 levels of 9 aliases each would expand to 9^9 strings. */
  static String billionLaughs(String target) {
    StringBuilder yaml = new StringBuilder("a: &a [\"lol\"" + ", \"lol\"".repeat(8) + "]\n");
    for (char level = 'b'; level <= 'i'; level++) {
      String previous = "*" + (char) (level - 1);
      yaml.append(level)
          .append(": &")
          .append(level)
          .append(" [")
          .append(previous)
          .append((", " + previous).repeat(8))
          .append("]\n");
    }
    return yaml.append(target).append(": *i\n").toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"title", "countries", "sources"})
  void anAliasBombIsAProblemBeforeItExpands(String target) {
    ParseResult result = parse("---\n" + billionLaughs(target) + "---\n");

    Problem p = onlyProblem(result);
    assertMentions(p, "invalid YAML");
    assertEquals("", p.field());
  }

  @Test
  void aFewAliasesStayAllowed() {
    String yaml = YAML.replace("themes: [vawg]", "themes: &t [vawg]") + "\npopulations: [women]";
    ParseResult result = parse("---\n" + yaml + "\n---\n");

    assertTrue(result.isValid(), result.problems().toString());
  }

  @ParameterizedTest
  @ValueSource(ints = {60, 20_000})
  void deeplyNestedListsAreAProblem(int depth) {
    String yaml =
        YAML.replace("title: \"Título\"", "title: " + "[".repeat(depth) + "]".repeat(depth));

    Problem p = onlyProblem(parse("---\n" + yaml + "\n---\n"));
    assertMentions(p, "invalid YAML");
  }

  @ParameterizedTest
  @ValueSource(ints = {60, 10_000})
  void deeplyNestedMappingsAreAProblem(int depth) {
    String yaml = YAML + "\nevidence_x: " + "{a: ".repeat(depth) + "b" + "}".repeat(depth);

    Problem p = onlyProblem(parse("---\n" + yaml + "\n---\n"));
    assertMentions(p, "invalid YAML");
  }

  @Test
  void nestingWithinTheLimitIsNotMistakenForAnAttack() {
    String yaml = YAML + "\nextra: " + "[".repeat(40) + "]".repeat(40);

    ParseResult result = parse("---\n" + yaml + "\n---\n");

    // Only the unknown field is reported, not the nesting.
    Problem p = onlyProblem(result);
    assertEquals("extra", p.field());
  }

  /** A front matter of exactly {@code length} characters: the valid YAML padded by a comment. */
  private static String frontMatterOf(int length) {
    String padding = "#" + "x".repeat(length - YAML.length() - 2);
    String yaml = YAML + "\n" + padding;
    assertEquals(length, yaml.length());
    return "---\n" + yaml + "\n---\nCuerpo.\n";
  }

  @Test
  void aFrontMatterOf64KiBIsAccepted() {
    ParseResult result = parse(frontMatterOf(64 * 1024));

    assertTrue(result.isValid(), result.problems().toString());
  }

  @Test
  void aFrontMatterOver64KiBIsAProblem() {
    Problem p = onlyProblem(parse(frontMatterOf(64 * 1024 + 1)));

    assertAt(p, 2, 1);
    assertMentions(p, "front matter is larger than 65536");
  }

  @Test
  void aHugeFrontMatterIsRefusedBeforeItIsReadAsYaml() {
    String yaml = YAML.replace("\"Resumen.\"", "\"" + "r".repeat(900_000) + "\"");

    Problem p = onlyProblem(parse("---\n" + yaml + "\n---\n"));
    assertMentions(p, "front matter is larger");
  }

  /** A valid file of exactly {@code size} bytes: a body that is one long code block. */
  private static byte[] fileOf(int size) {
    byte[] head = ("---\n" + YAML + "\n---\n```\n").getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[size];
    Arrays.fill(file, (byte) 'x');
    System.arraycopy(head, 0, file, 0, head.length);
    for (int i = head.length + 79; i < size; i += 80) {
      file[i] = '\n';
    }
    return file;
  }

  @Test
  void aFileOfExactly1MiBIsAccepted() {
    ParseResult result = parse(fileOf(1024 * 1024));

    assertTrue(result.isValid(), result.problems().toString());
    String html = result.caseStudy().orElseThrow().body().html();
    assertTrue(html.startsWith("<pre><code>xxxx"), html.substring(0, 40));
  }

  @Test
  void aFileOneByteOver1MiBIsAProblem() {
    Problem p = onlyProblem(parse(fileOf(1024 * 1024 + 1)));

    assertAt(p, 1, 1);
    assertMentions(p, "1048577 bytes; at most 1048576");
  }

  @ParameterizedTest
  @ValueSource(strings = {"---\n" + "title: x\n", "---\n", "---", "---\ntitle: x\n--\n# cuerpo\n"})
  void anUnterminatedFrontMatterIsAProblemAtTheFirstLine(String text) {
    Problem p = onlyProblem(parse(text));

    assertAt(p, 1, 1);
    assertMentions(p, "no closing '---'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "# Título\n\nTexto.\n", "\n---\ntitle: x\n---\n", "title: x\n---\n"})
  void aFileThatDoesNotStartWithFrontMatterIsAProblemAtTheFirstLine(String text) {
    Problem p = onlyProblem(parse(text));

    assertAt(p, 1, 1);
    assertMentions(p, "must start with front matter");
  }

  @ParameterizedTest
  @ValueSource(strings = {"---\n---\nCuerpo.\n", "---\n# solo un comentario\n\n---\n"})
  void anEmptyFrontMatterIsAProblem(String text) {
    Problem p = onlyProblem(parse(text));

    assertAt(p, 2, 1);
    assertMentions(p, "front matter is empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {"solo texto", "- una\n- lista", "42"})
  void aFrontMatterThatIsNotAMappingIsAProblem(String yaml) {
    ParseResult result = parse("---\n" + yaml + "\n---\n");

    assertFalse(result.isValid());
    Problem p = result.problems().get(0);

    assertAt(p, 2, 1);
    assertMentions(p, "must be a mapping");
  }

  @Test
  void invalidYamlIsAProblemAtTheOffendingLine() {
    String yaml = YAML.replace("themes: [vawg]", "themes:\n\t- vawg");

    Problem p = onlyProblem(parse("---\n" + yaml + "\n---\n"));

    assertAt(p, 7, 1);
    assertMentions(p, "invalid YAML");
  }

  @Test
  void anUnclosedQuoteIsAProblemNotAnException() {
    String yaml = YAML.replace("title: \"Título\"", "title: \"Título");

    Problem p = onlyProblem(parse("---\n" + yaml + "\n---\n"));

    assertMentions(p, "invalid YAML");
    assertTrue(p.line() >= 2, p.toString());
  }

  private static byte[] concat(String before, byte[] bad, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(bad);
    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static List<byte[]> invalidUtf8() {
    return List.of(
        new byte[] {(byte) 0xC3, 0x28}, // a two-byte sequence broken by '('
        new byte[] {(byte) 0x80}, // a lone continuation byte
        new byte[] {(byte) 0xC0, (byte) 0xAF}, // an overlong '/'
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a UTF-16 surrogate
        new byte[] {(byte) 0xFF});
  }

  @ParameterizedTest
  @MethodSource("invalidUtf8")
  void invalidUtf8IsAProblemAtTheBadByte(byte[] bad) {
    byte[] bytes =
        concat("---\ntitle: \"a", bad, "\"\n" + YAML.substring(YAML.indexOf('\n') + 1) + "\n---\n");

    Problem p = onlyProblem(parse(bytes));

    assertAt(p, 2, 10);
    assertMentions(p, "not valid UTF-8");
  }

  @Test
  void invalidUtf8InTheBodyIsAProblemAtItsLine() {
    byte[] bytes =
        concat(
            "---\n" + YAML + "\n---\n\nPrimera línea.\nOtra ",
            new byte[] {(byte) 0xC3, 0x28},
            "\n");

    Problem p = onlyProblem(parse(bytes));

    assertAt(p, 13, 6);
  }

  @Test
  void aTruncatedSequenceAtTheEndOfTheFileIsAProblem() {
    byte[] bytes =
        concat("---\n" + YAML + "\n---\nEuro ", new byte[] {(byte) 0xE2, (byte) 0x82}, "");

    Problem p = onlyProblem(parse(bytes));

    assertAt(p, 11, 6);
    assertMentions(p, "not valid UTF-8");
  }

  @Test
  void theColumnOfInvalidUtf8CountsCharactersNotBytes() {
    byte[] bytes =
        concat(
            "---\ntitle: \"é",
            new byte[] {(byte) 0xC3, 0x28},
            "\"\n" + YAML.substring(YAML.indexOf('\n') + 1) + "\n---\n");

    Problem p = onlyProblem(parse(bytes));

    assertAt(p, 2, 10);
  }

  @Test
  void aNulCharacterInTheFrontMatterIsAProblemAtItsPosition() {
    String text = "---\n" + YAML.replace("\"Título\"", "\"Tí\0tulo\"") + "\n---\n";

    Problem p = onlyProblem(parse(text));

    assertAt(p, 2, 11);
    assertMentions(p, "NUL");
  }

  @Test
  void aNulCharacterInTheBodyIsAProblemAtItsPosition() {
    Problem p = onlyProblem(parse("---\n" + YAML + "\n---\n\nabc\0def\n"));

    assertAt(p, 12, 4);
    assertMentions(p, "NUL");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "---\n\0",
        "\0",
        "---\ntitle: [\n---\n",
        "---\n: :\n---\n",
        "---\n&a [*a]\n---\n",
        "---\nsources: &s [*s]\n---\n",
        "---\nevidence: &e {outcomes: [*e, *e]}\n---\n",
        "---\n? [a, b]\n: c\n---\n",
        "---\n*undefined\n---\n",
        "---\ntitle: x\ntitle: y\ntitle: z\n---\n",
        "---\nsources: [1, [2], {3: 4}, ~]\nevidence: {outcomes: [x, ~, {name: [a]}]}\n---\n"
      })
  void malformedInputsGiveProblemsNotExceptions(String text) {
    ParseResult result = parse(text);

    assertFalse(result.isValid());
    assertFalse(result.problems().isEmpty());
    for (Problem p : result.problems()) {
      assertTrue(p.line() >= 1 && p.column() >= 1, p.toString());
      assertFalse(p.message().isBlank(), p.toString());
    }
  }
}
