package org.casoteca.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing and validating case-study files: what an editor sees when a file is right or wrong. */
class CaseStudyParserTest {

  static final String FILE = "content/experiences/sv-ciudad-mujer.es.md";

  /** A complete, valid file that uses every field of the format. */
  static final String VALID =
      """
      ---
      title: "Ciudad Mujer (El Salvador)"
      summary: "Centros integrados donde instituciones del Estado atienden a las mujeres."
      collection: experience
      countries: [SV, GT]
      themes: [vawg, victim-services]
      populations: [women, victims]
      aliases: [CM, "Ciudad Mujer"]
      start_year: 2011
      end_year: 2019
      status: completed
      lead_agency: "Secretaría de Inclusión Social"
      partners: ["BID"]
      funders: ["BID", "Gobierno de El Salvador"]
      scope: national
      evidence:
        rating: promising
        design: quasi_experimental
        outcomes:
          - name: "Uso de servicios de salud"
            direction: improved
            rating: promising
            source: "https://example.org/evaluacion"
      sdg_targets: ["5.2", "16.1"]
      sources:
        - title: "Evaluación de impacto de Ciudad Mujer"
          url: "https://example.org/evaluacion"
          publisher: "BID"
          year: 2016
          type: evaluation
        - title: "Nota de prensa"
          url: "http://example.com/nota"
      updated: 2026-11-28
      ---

      ## Contexto

      Ciudad Mujer reúne servicios del Estado pensados para las mujeres.

      ## Intervención

      Funciona mediante **centros integrados**.

      ### Servicios y `módulos`

      - salud sexual y reproductiva;
      - atención de la violencia.

      ## Contexto

      Un segundo apartado con el mismo título.
      """;

  /** A minimal valid file: one line per required field, so each can be removed or emptied. */
  static final String MINIMAL =
      """
      ---
      title: "Título"
      summary: "Resumen."
      collection: experience
      countries: [SV]
      themes: [vawg]
      evidence: {rating: not_evaluated}
      sources: [{title: "Fuente", url: "https://example.org/a"}]
      updated: 2026-11-28
      ---
      Cuerpo.
      """;

  static CaseStudyParser parser;

  @BeforeAll
  static void loadTaxonomy() {
    parser = new CaseStudyParser(TaxonomyLoader.load(Path.of("content/taxonomy.yml")));
  }

  static ParseResult parse(String text) {
    return parser.parse(FILE, text.getBytes(StandardCharsets.UTF_8), "experience");
  }

  static ParsedCaseStudy valid(String text) {
    ParseResult result = parse(text);
    assertEquals(List.of(), result.problems(), "problems of a valid file");
    assertTrue(result.isValid());
    return result.caseStudy().orElseThrow();
  }

  static ParseResult invalid(String text) {
    ParseResult result = parse(text);
    assertFalse(result.isValid(), "the file should have been refused");
    assertTrue(result.caseStudy().isEmpty(), "an invalid file must yield no case study");
    return result;
  }

  /** The only problem concerning {@code field}; fails when there is none or several. */
  static Problem problemOf(ParseResult result, String field) {
    List<Problem> matching =
        result.problems().stream().filter(p -> p.field().equals(field)).toList();
    if (matching.size() != 1) {
      fail("expected one problem for '" + field + "' but got " + result.problems());
    }
    return matching.get(0);
  }

  static void assertAt(Problem problem, int line, int column) {
    assertEquals(
        line + ":" + column, problem.line() + ":" + problem.column(), "position of " + problem);
  }

  @ParameterizedTest
  @ValueSource(strings = {"countries: \"SV\"", "countries: SV"})
  void aLoneValueWhereAListBelongsIsRefused(String line) {
    Problem problem = problemOf(invalid(replace(MINIMAL, "countries: [SV]", line)), "countries");
    assertAt(problem, 5, 12);
    assertEquals("must be a list", problem.message());
  }

  static String replace(String text, String from, String to) {
    assertTrue(text.contains(from), "fixture does not contain " + from);
    return text.replace(from, to);
  }

  @Test
  void aValidFileYieldsItsMetadata() {
    FrontMatter fm = valid(VALID).frontMatter();

    assertEquals("Ciudad Mujer (El Salvador)", fm.title());
    assertEquals(
        "Centros integrados donde instituciones del Estado atienden a las mujeres.", fm.summary());
    assertEquals("experience", fm.collection());
    assertEquals(List.of("SV", "GT"), fm.countries());
    assertEquals(List.of("vawg", "victim-services"), fm.themes());
    assertEquals(List.of("women", "victims"), fm.populations());
    assertEquals(List.of("CM", "Ciudad Mujer"), fm.aliases());
    assertEquals(2011, fm.startYear());
    assertEquals(2019, fm.endYear());
    assertEquals("completed", fm.status());
    assertEquals("Secretaría de Inclusión Social", fm.leadAgency());
    assertEquals(List.of("BID", "Gobierno de El Salvador"), fm.funders());
    assertEquals("national", fm.scope());
    assertEquals(List.of("5.2", "16.1"), fm.sdgTargets());
    assertEquals(LocalDate.of(2026, 11, 28), fm.updated());
    assertEquals(FrontMatter.DEFAULT_LICENSE, fm.license());
  }

  @Test
  void aValidFileYieldsItsEvidenceAndSources() {
    FrontMatter fm = valid(VALID).frontMatter();

    assertEquals("promising", fm.evidence().rating());
    assertEquals("quasi_experimental", fm.evidence().design());
    assertEquals(
        List.of(
            new Outcome(
                "Uso de servicios de salud",
                "improved",
                "promising",
                "https://example.org/evaluacion")),
        fm.evidence().outcomes());
    assertEquals(
        List.of(
            new CaseStudySource(
                "Evaluación de impacto de Ciudad Mujer",
                "https://example.org/evaluacion",
                "BID",
                2016,
                "evaluation"),
            new CaseStudySource("Nota de prensa", "http://example.com/nota", null, null, null)),
        fm.sources());
  }

  @Test
  void headingsFeedTheTableOfContentsWithTheIdsOfTheRenderedAnchors() {
    RenderedBody body = valid(VALID).body();

    assertEquals(
        List.of(
            new Heading(2, "contexto", "Contexto"),
            new Heading(2, "intervención", "Intervención"),
            new Heading(3, "servicios-y-módulos", "Servicios y módulos"),
            new Heading(2, "contexto-1", "Contexto")),
        body.headings());
    for (Heading h : body.headings()) {
      assertTrue(
          body.html().contains("<h" + h.level() + " id=\"" + h.id() + "\">"),
          "the TOC anchor #" + h.id() + " must exist in " + body.html());
    }
  }

  @Test
  void theBodyIsRenderedAndItsPlainTextKeptWithoutMarkup() {
    RenderedBody body = valid(VALID).body();

    assertTrue(body.html().contains("<strong>centros integrados</strong>"), body.html());
    assertTrue(body.html().contains("<li>salud sexual y reproductiva;</li>"), body.html());
    assertFalse(body.html().contains("title:"), "front matter must not leak into the body");
    assertTrue(
        body.plainText()
            .contains("Ciudad Mujer reúne servicios del Estado pensados para las mujeres."),
        body.plainText());
    assertTrue(
        body.plainText().contains("Funciona mediante centros integrados."), body.plainText());
    assertFalse(body.plainText().contains("**"), body.plainText());
    assertFalse(body.plainText().contains("##"), body.plainText());
    assertFalse(body.plainText().contains("sdg_targets"), "front matter is not body text");
  }

  @Test
  void thePlainTextKeepsWordsOfHeadingsAndTableCellsApart() {
    RenderedBody body =
        valid(
                MINIMAL
                    + "\n## Contexto\n\n### Antecedentes\n\nCiudad Mujer reúne servicios.\n\n"
                    + "| país | año |\n|---|---|\n| SV | 2011 |\n")
            .body();
    Set<String> words =
        Arrays.stream(body.plainText().split("[^\\p{L}\\p{N}]+")).collect(Collectors.toSet());

    for (String word : List.of("Contexto", "Antecedentes", "Ciudad", "país", "año", "SV", "2011")) {
      assertTrue(words.contains(word), "'" + word + "' is not a separate word in " + words);
    }
  }

  @Test
  void theFileNameAndCompilerStylePositionAppearInEachProblem() {
    ParseResult result = invalid(replace(MINIMAL, "countries: [SV]", "countries: [SV, XX]"));

    assertEquals(1, result.problems().size(), result.problems().toString());
    Problem p = result.problems().get(0);
    assertEquals(FILE, p.file());
    assertEquals("countries[1]", p.field());
    assertAt(p, 5, 17);
    assertEquals(
        FILE + ":5:17: countries[1]: 'XX' is not an ISO 3166-1 alpha-2 code or 'regional'",
        p.toString());
  }

  /** Every line of this file but the unknown field is valid YAML with a wrong value. */
  static final String MANY_PROBLEMS =
      """
      ---
      title: "Título"
      summary: "Resumen."
      collection: experience
      countries: [SV, XX]
      countires: [GT]
      themes: [vawg, nope]
      start_year: 2015
      end_year: 2010
      evidence:
        rating: promising
        outcomes:
          - name: "Uso de servicios"
            direction: improved
            rating: promising
            source: "https://other.example/estudio"
      sdg_targets: [16]
      sources:
        - title: "A"
          url: "javascript:alert(1)"
        - title: "B"
          url: "ftp://example.org/b"
      updated: 2026-02-30
      ---
      """;

  @Test
  void everyProblemIsReportedAtOnceWithItsLineColumnAndField() {
    ParseResult result = invalid(MANY_PROBLEMS);

    List<String> where =
        result.problems().stream()
            .map(p -> p.line() + ":" + p.column() + " " + p.field())
            .sorted()
            .toList();
    assertEquals(
        List.of(
            "11:11 evidence.rating",
            "16:15 evidence.outcomes[0].source",
            "17:15 sdg_targets[0]",
            "20:10 sources[0].url",
            "22:10 sources[1].url",
            "23:10 updated",
            "5:17 countries[1]",
            "6:1 countires",
            "7:16 themes[1]",
            "9:11 end_year"),
        where);
  }

  @Test
  void aMisspelledFieldIsReportedInsteadOfIgnored() {
    ParseResult result = invalid(replace(MINIMAL, "countries: [SV]", "countires: [SV]"));

    Problem typo = problemOf(result, "countires");
    assertAt(typo, 5, 1);
    assertTrue(typo.message().contains("is not a known field"), typo.message());
    assertTrue(typo.message().contains("countries"), "the message lists the allowed fields");
    // The field it was meant to be is then missing.
    problemOf(result, "countries");
  }

  @Test
  void aMisspelledNestedFieldIsReportedWithItsPath() {
    ParseResult result =
        invalid(
            replace(
                MINIMAL,
                "sources: [{title: \"Fuente\", url: \"https://example.org/a\"}]",
                "sources:\n  - title: \"Fuente\"\n    url: \"https://example.org/a\"\n    yaer: 2016"));

    Problem typo = problemOf(result, "sources[0].yaer");
    assertAt(typo, 11, 5);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"title", "summary", "collection", "countries", "themes", "evidence", "sources"})
  void aMissingRequiredFieldIsReported(String field) {
    String text =
        MINIMAL.lines().filter(l -> !l.startsWith(field + ":")).collect(Collectors.joining("\n"));

    ParseResult result = invalid(text);

    assertEquals(1, result.problems().size(), result.problems().toString());
    Problem p = problemOf(result, field);
    assertTrue(p.message().contains("required"), p.message());
  }

  @Test
  void aMissingUpdatedDateIsReported() {
    String text =
        MINIMAL.lines().filter(l -> !l.startsWith("updated:")).collect(Collectors.joining("\n"));

    Problem p = problemOf(invalid(text), "updated");
    assertTrue(p.message().contains("required"), p.message());
  }

  @Test
  void allMissingRequiredFieldsAreReportedTogether() {
    ParseResult result = invalid("---\nlicense: CC-BY-4.0\n---\n");

    Set<String> fields = result.problems().stream().map(Problem::field).collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "title",
            "summary",
            "collection",
            "countries",
            "themes",
            "evidence",
            "sources",
            "updated"),
        fields);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"title", "summary", "collection", "countries", "themes", "evidence", "sources"})
  void aRequiredFieldLeftEmptyIsReported(String field) {
    String text =
        MINIMAL
            .lines()
            .map(l -> l.startsWith(field + ":") ? field + ":" : l)
            .collect(Collectors.joining("\n"));

    ParseResult result = invalid(text);

    problemOf(result, field);
  }

  @Test
  void anEmptyUpdatedDateIsReported() {
    ParseResult result = parse(replace(MINIMAL, "updated: 2026-11-28", "updated:"));

    assertFalse(result.isValid(), "a file without a review date was accepted");
    problemOf(result, "updated");
  }

  @Test
  void aCollectionThatDoesNotMatchItsFolderIsReported() {
    ParseResult result = invalid(replace(MINIMAL, "collection: experience", "collection: tool"));

    Problem p = problemOf(result, "collection");
    assertAt(p, 4, 13);
    assertTrue(p.message().contains("'experiences'"), p.message());
    assertTrue(p.message().contains("belong in 'tools'"), p.message());
  }

  @Test
  void theSameFileIsValidInItsOwnFolderOrWithoutOne() {
    String tool = replace(MINIMAL, "collection: experience", "collection: tool");

    assertTrue(parser.parse("tools/abc.es.md", bytes(tool), "tool").isValid());
    assertTrue(parser.parse("abc.es.md", bytes(tool), null).isValid());
  }

  @Test
  void anUnknownCollectionIsReported() {
    Problem p =
        problemOf(
            invalid(replace(MINIMAL, "collection: experience", "collection: experiences")),
            "collection");
    assertTrue(p.message().contains("is not a collection"), p.message());
  }

  @Test
  void anEndYearBeforeTheStartYearIsReportedAtTheEndYear() {
    ParseResult result =
        invalid(replace(MINIMAL, "updated:", "start_year: 2015\nend_year: 2010\nupdated:"));

    Problem p = problemOf(result, "end_year");
    assertAt(p, 10, 11);
    assertTrue(p.message().contains("before start_year 2015"), p.message());
  }

  @ParameterizedTest
  @CsvSource({"2011, 2011", "2011, 2012"})
  void anEndYearNotBeforeTheStartYearIsAccepted(int start, int end) {
    valid(
        replace(MINIMAL, "updated:", "start_year: " + start + "\nend_year: " + end + "\nupdated:"));
  }

  @ParameterizedTest
  @CsvSource({"start_year, 1899", "start_year, 2101", "end_year, 20100", "start_year, twenty"})
  void aYearOutOfRangeOrNotANumberIsReported(String field, String value) {
    ParseResult result = invalid(replace(MINIMAL, "updated:", field + ": " + value + "\nupdated:"));

    assertAt(problemOf(result, field), 9, field.length() + 3);
  }

  @Test
  void anOutcomeWhoseSourceIsNotAmongTheSourcesIsReported() {
    String text =
        replace(
            VALID,
            "source: \"https://example.org/evaluacion\"",
            "source: \"https://example.org/otra\"");

    Problem p = problemOf(invalid(text), "evidence.outcomes[0].source");
    assertAt(p, 23, 15);
    assertTrue(p.message().contains("'https://example.org/otra'"), p.message());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "ftp://example.org/a",
        "data:text/html,hola",
        "file:///etc/passwd",
        "example.org/a",
        "/relative/path",
        "https://"
      })
  void aSourceUrlThatIsNotAWebAddressIsReported(String url) {
    ParseResult result =
        invalid(replace(MINIMAL, "url: \"https://example.org/a\"", "url: \"" + url + "\""));

    Problem p = problemOf(result, "sources[0].url");
    assertAt(p, 8, 34);
    assertTrue(p.message().contains("not an http or https address"), p.message());
  }

  @Test
  void aSourceWithoutTitleOrUrlIsReported() {
    ParseResult result =
        invalid(
            replace(
                MINIMAL,
                "sources: [{title: \"Fuente\", url: \"https://example.org/a\"}]",
                "sources: [{publisher: \"BID\"}]"));

    problemOf(result, "sources[0].title");
    problemOf(result, "sources[0].url");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[16]", "[5]", "[\"5.2\", 16]"})
  void anSdgTargetWrittenAsAWholeNumberIsReported(String targets) {
    ParseResult result =
        invalid(replace(MINIMAL, "updated:", "sdg_targets: " + targets + "\nupdated:"));

    String field = "sdg_targets[" + (targets.startsWith("[\"") ? 1 : 0) + "]";
    Problem p = problemOf(result, field);
    assertAt(p, 9, 15 + (targets.startsWith("[\"") ? 7 : 0));
    assertTrue(p.message().contains("quote it"), p.message());
  }

  @Test
  void unquotedSdgTargetsKeepTheirDigitsAsWritten() {
    // YAML would read 16.10 as the number 16.1; the target must stay 16.10.
    FrontMatter fm =
        valid(replace(MINIMAL, "updated:", "sdg_targets: [5.2, 16.10]\nupdated:")).frontMatter();

    assertEquals(List.of("5.2", "16.10"), fm.sdgTargets());
  }

  @ParameterizedTest
  @ValueSource(strings = {"[\"18.1\"]", "[\"5.0\"]", "[\"5.2\", \"5.2\"]", "[\"meta 5\"]"})
  void anSdgTargetThatDoesNotExistOrRepeatsIsReported(String targets) {
    ParseResult result =
        invalid(replace(MINIMAL, "updated:", "sdg_targets: " + targets + "\nupdated:"));

    assertTrue(
        result.problems().stream().allMatch(p -> p.field().startsWith("sdg_targets[")),
        result.problems().toString());
  }

  @Test
  void aDuplicateKeyIsReportedAtItsSecondOccurrence() {
    ParseResult result = invalid(replace(MINIMAL, "updated:", "title: \"Otro título\"\nupdated:"));

    Problem p = problemOf(result, "title");
    assertAt(p, 9, 1);
    assertTrue(p.message().contains("given twice"), p.message());
  }

  @Test
  void aDuplicateNestedKeyIsReportedWithItsLine() {
    String text =
        replace(
            MINIMAL,
            "sources: [{title: \"Fuente\", url: \"https://example.org/a\"}]",
            "sources:\n  - title: \"Fuente\"\n    url: \"https://example.org/a\"\n"
                + "    url: \"https://example.org/b\"");

    Problem p = problemOf(invalid(text), "sources[0].url");
    assertAt(p, 11, 5);
    assertTrue(p.message().contains("given twice"), p.message());
  }

  @Test
  void aSummaryOfAtMost400CharactersIsAccepted() {
    valid(replace(MINIMAL, "\"Resumen.\"", "\"" + "a".repeat(400) + "\""));
  }

  @Test
  void aSummaryOver400CharactersIsReported() {
    Problem p =
        problemOf(
            invalid(replace(MINIMAL, "\"Resumen.\"", "\"" + "á".repeat(401) + "\"")), "summary");

    assertAt(p, 3, 10);
    assertTrue(p.message().contains("401 characters; at most 400"), p.message());
  }

  @Test
  void aTitleOver200CharactersIsReported() {
    Problem p =
        problemOf(invalid(replace(MINIMAL, "\"Título\"", "\"" + "t".repeat(201) + "\"")), "title");

    assertTrue(p.message().contains("at most 200"), p.message());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2026-02-30", "2026-13-01", "28/11/2026", "\"ayer\"", "2026-11", "[2026]"})
  void anInvalidUpdatedDateIsReported(String date) {
    Problem p = problemOf(invalid(replace(MINIMAL, "2026-11-28", date)), "updated");

    assertAt(p, 9, 10);
  }

  @ParameterizedTest
  @CsvSource({
    "'themes: [vawg]', 'themes: [vawg, gangs]', themes[1]",
    "'themes: [vawg]', 'themes: [vawg, vawg]', themes[1]",
    "'countries: [SV]', 'countries: [sv]', countries[0]",
    "'countries: [SV]', 'countries: [SV, SV]', countries[1]",
    "'countries: [SV]', 'countries: [SLV]', countries[0]",
    "'updated:', 'populations: [mujeres]\nupdated:', populations[0]",
    "'updated:', 'status: finished\nupdated:', status",
    "'updated:', 'scope: global\nupdated:', scope",
    "'updated:', 'license: \"CC BY\"\nupdated:', license",
    "'evidence: {rating: not_evaluated}', 'evidence: {rating: great}', evidence.rating",
    "'evidence: {rating: not_evaluated}', 'evidence: {rating: mixed, design: survey}', evidence.design",
    "'evidence: {rating: not_evaluated}', 'evidence: {design: rct}', evidence.rating",
    "'title: \"Título\"', 'title: [a, b]', title"
  })
  void aValueOutsideTheTaxonomyOrFormatIsReported(String from, String to, String field) {
    ParseResult result = invalid(replace(MINIMAL, from, to));

    assertTrue(
        result.problems().stream().anyMatch(p -> p.field().equals(field)),
        "expected a problem for " + field + " in " + result.problems());
  }

  @Test
  void aLowerCaseCountryCodeGetsAHint() {
    Problem p = problemOf(invalid(replace(MINIMAL, "[SV]", "[sv]")), "countries[0]");

    assertTrue(p.message().contains("upper case"), p.message());
  }

  @Test
  void regionalAndAnyIsoCountryAreAccepted() {
    assertEquals(
        List.of("regional", "FR"),
        valid(replace(MINIMAL, "[SV]", "[regional, FR]")).frontMatter().countries());
  }

  @Test
  void anOutcomeMissingItsFieldsIsReported() {
    ParseResult result =
        invalid(
            replace(
                MINIMAL,
                "evidence: {rating: not_evaluated}",
                "evidence: {rating: mixed, outcomes: [{name: x}]}"));

    problemOf(result, "evidence.outcomes[0].direction");
    problemOf(result, "evidence.outcomes[0].rating");
    problemOf(result, "evidence.outcomes[0].source");
  }

  @Test
  void aFileWithWindowsLineEndingsParses() {
    ParsedCaseStudy cs = valid(VALID.replace("\n", "\r\n"));

    assertEquals("Ciudad Mujer (El Salvador)", cs.frontMatter().title());
    assertEquals(4, cs.body().headings().size());
  }

  @Test
  void aFileWithWindowsLineEndingsReportsTheSamePositions() {
    ParseResult result = invalid(MANY_PROBLEMS.replace("\n", "\r\n"));

    Problem p = problemOf(result, "countries[1]");
    assertAt(p, 5, 17);
  }

  @Test
  void aByteOrderMarkIsIgnored() {
    ParsedCaseStudy cs = valid("\uFEFF" + MINIMAL);

    assertEquals("Título", cs.frontMatter().title());
  }

  @Test
  void aPromisingRatingWhoseOutcomeCitesNoEvaluationIsReported() {
    String text = replace(VALID, "    type: evaluation\n", "");

    Problem p = problemOf(invalid(text), "evidence.rating");
    assertAt(p, 17, 11);
    assertTrue(p.message().contains("'promising'"), p.message());
    assertTrue(p.message().contains("type: evaluation"), p.message());
  }

  @Test
  void anEffectiveRatingNeedsTheEvaluationAsTheSourceOfAnOutcome() {
    String effective =
        replace(VALID, "  rating: promising\n  design", "  rating: effective\n  design");
    String citingThePress =
        replace(
            effective,
            "source: \"https://example.org/evaluacion\"",
            "source: \"http://example.com/nota\"");

    valid(effective);
    Problem p = problemOf(invalid(citingThePress), "evidence.rating");
    assertTrue(p.message().contains("'effective'"), p.message());
  }

  @Test
  void notApplicableIsRefusedOnAnExperience() {
    Problem p =
        problemOf(
            invalid(replace(MINIMAL, "rating: not_evaluated", "rating: not_applicable")),
            "evidence.rating");
    assertAt(p, 7, 20);
    assertTrue(p.message().contains("not_evaluated"), p.message());
  }

  @ParameterizedTest
  @CsvSource({"study, studies", "tool, tools", "event, events", "conose, conose"})
  void notApplicableIsAcceptedOnWhatIsNotAnIntervention(String collection, String folder) {
    String text =
        replace(
            replace(MINIMAL, "collection: experience", "collection: " + collection),
            "rating: not_evaluated",
            "rating: not_applicable");

    ParseResult result = parser.parse(folder + "/abc.es.md", bytes(text), collection);
    assertEquals(List.of(), result.problems());
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
