package org.casoteca.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The bundled corpus passes the project's own validator, every case study exists in Spanish and
 * English with the same facts, every body is of a useful length and reports findings, every source
 * can be opened and dated, and the corpus is honest about what its sources do not say.
 */
class CorpusTest {

  private static final Path CONTENT = Path.of("content");
  private static final Map<String, Map<String, FrontMatter>> VERSIONS = new TreeMap<>();
  private static final Map<String, String> BODIES = new TreeMap<>();
  private static final Map<String, String> MARKDOWN = new TreeMap<>();
  private static final Map<String, FrontMatter> FILES = new TreeMap<>();
  private static final List<Problem> PROBLEMS = new ArrayList<>();
  private static Taxonomy taxonomy;

  @BeforeAll
  static void parseEverything() throws IOException {
    taxonomy = TaxonomyLoader.load(CONTENT.resolve("taxonomy.yml"));
    CaseStudyParser parser = new CaseStudyParser(taxonomy);
    for (String collection : taxonomy.collections().slugs()) {
      Path folder = CONTENT.resolve(taxonomy.folderOf(collection));
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
          CaseStudyFileName name =
              CaseStudyFileName.parse(file.getFileName().toString())
                  .orElseThrow(
                      () -> new AssertionError(file + ": " + CaseStudyFileName.expectation()));
          ParseResult result = parser.parse(file.toString(), Files.readAllBytes(file), collection);
          PROBLEMS.addAll(result.problems());
          result
              .caseStudy()
              .ifPresent(
                  cs -> {
                    VERSIONS
                        .computeIfAbsent(name.id(), k -> new TreeMap<>())
                        .put(name.lang(), cs.frontMatter());
                    BODIES.put(file.toString(), cs.body().plainText());
                    FILES.put(file.toString(), cs.frontMatter());
                    MARKDOWN.put(file.toString(), markdownBody(file));
                  });
        }
      }
    }
  }

  @Test
  void everyFileIsValid() {
    assertEquals(List.of(), PROBLEMS);
    assertTrue(VERSIONS.size() >= 20, "the starter corpus has at least 20 case studies");
  }

  @Test
  void theCorpusCoversEveryCollectionAndTheWeeksThemes() {
    Map<String, Long> perCollection = new TreeMap<>();
    VERSIONS.values().forEach(v -> perCollection.merge(v.get("es").collection(), 1L, Long::sum));
    assertTrue(
        perCollection.getOrDefault("experience", 0L) >= 9,
        "at least nine experiences: " + perCollection);
    assertTrue(
        perCollection.getOrDefault("tool", 0L) >= 5, "at least five tools: " + perCollection);
    assertTrue(perCollection.getOrDefault("conose", 0L) >= 2, perCollection.toString());
    assertTrue(perCollection.getOrDefault("study", 0L) >= 5, perCollection.toString());
    for (String theme :
        List.of(
            "information-management",
            "security-administration",
            "costs-of-violence",
            "conose-contributions",
            "vawg",
            "digital-justice",
            "territorial-approach")) {
      assertTrue(
          VERSIONS.values().stream().anyMatch(v -> v.get("es").themes().contains(theme)),
          "no case study on " + theme);
    }
  }

  @Test
  void everyCaseStudyHasBothLanguagesWithTheSameFacts() {
    List<String> mismatches = new ArrayList<>();
    VERSIONS.forEach(
        (id, versions) -> {
          FrontMatter es = versions.get("es");
          FrontMatter en = versions.get("en");
          if (es == null || en == null) {
            mismatches.add(id + ": missing " + (es == null ? "es" : "en"));
            return;
          }
          check(mismatches, id, "collection", es.collection(), en.collection());
          check(mismatches, id, "countries", es.countries(), en.countries());
          check(mismatches, id, "themes", es.themes(), en.themes());
          check(mismatches, id, "populations", es.populations(), en.populations());
          check(mismatches, id, "start_year", es.startYear(), en.startYear());
          check(mismatches, id, "end_year", es.endYear(), en.endYear());
          check(mismatches, id, "status", es.status(), en.status());
          check(mismatches, id, "scope", es.scope(), en.scope());
          check(mismatches, id, "evidence.rating", es.evidence().rating(), en.evidence().rating());
          check(mismatches, id, "evidence.design", es.evidence().design(), en.evidence().design());
          check(
              mismatches,
              id,
              "evidence.outcomes",
              es.evidence().outcomes().stream()
                  .map(o -> o.direction() + o.rating() + o.source())
                  .toList(),
              en.evidence().outcomes().stream()
                  .map(o -> o.direction() + o.rating() + o.source())
                  .toList());
          check(
              mismatches,
              id,
              "sources",
              es.sources().stream().map(CaseStudySource::url).toList(),
              en.sources().stream().map(CaseStudySource::url).toList());
          check(mismatches, id, "sdg_targets", es.sdgTargets(), en.sdgTargets());
          check(mismatches, id, "updated", es.updated(), en.updated());
        });
    assertEquals(List.of(), mismatches);
  }

  @Test
  void everySourceHasAWebAddress() {
    VERSIONS.forEach(
        (id, versions) ->
            versions
                .values()
                .forEach(
                    fm ->
                        fm.sources()
                            .forEach(
                                s ->
                                    assertTrue(
                                        s.url().startsWith("https://")
                                            || s.url().startsWith("http://"),
                                        id + ": " + s.url()))));
  }

  @Test
  void everyBodyIsBetween400And1200Words() {
    List<String> outside = new ArrayList<>();
    BODIES.forEach(
        (file, text) -> {
          int words = text.split("\\s+").length;
          if (words < 400 || words > 1200) {
            outside.add(file + ": " + words + " words");
          }
        });
    assertEquals(List.of(), outside);
  }

  @Test
  @Disabled(
      "enabled once the rewritten experiences, studies and CONOSE entries (issue 13) are on main")
  void everySourceCanBeOpenedAndHasAPublisherAndAYear() {
    List<String> weak = new ArrayList<>();
    FILES.forEach(
        (file, fm) ->
            fm.sources()
                .forEach(
                    s -> {
                      List<String> missing = new ArrayList<>();
                      if (!isDeepLink(s.url())) {
                        missing.add("a url beyond the site's home page");
                      }
                      if (s.publisher() == null || s.publisher().isBlank()) {
                        missing.add("publisher");
                      }
                      if (s.year() == null) {
                        missing.add("year");
                      }
                      if (!missing.isEmpty()) {
                        weak.add(file + ": " + s.url() + " lacks " + String.join(", ", missing));
                      }
                    }));
    assertEquals(List.of(), weak);
  }

  /**
   * Sentences that say the sources lack a fact. Saying so once is honest; saying it in every
   * section means the file was written from summaries, not from its sources. Sentences where the
   * sources disagree are not absences and are not counted.
   */
  static final Pattern ABSENCE_ES =
      Pattern.compile(
          "\\bno se (encontr|hall)"
              + "|\\bninguna (de las )?fuentes?\\b"
              + "|\\bfuentes?\\b[^.;:]{0,80}?\\b(no|ninguna?)\\b(?! (coinciden|se contradicen|concuerdan))");

  static final Pattern ABSENCE_EN =
      Pattern.compile(
          "\\b(were|was) not found\\b|\\bcould not (be )?f(i|ou)nd\\b"
              + "|\\bnone of the sources\\b|\\bno (public )?source\\b"
              + "|\\bnot given (in|by) the sources?\\b"
              + "|\\bsources?\\b[^.;:]{0,80}?\\b(do|does|did) not\\b(?! (agree|contradict))");

  @Test
  @Disabled(
      "enabled once the rewritten experiences, studies and CONOSE entries (issue 13) are on main")
  void noFileSaysMoreThanOnceThatItsSourcesLackAFact() {
    List<String> repeated = new ArrayList<>();
    MARKDOWN.forEach(
        (file, markdown) -> {
          List<String> absences = absences(file, markdown);
          if (absences.size() > 1) {
            repeated.add(
                file + ": " + absences.size() + " times, e.g. \"" + absences.get(1) + "\"");
          }
        });
    assertEquals(List.of(), repeated);
  }

  @Test
  void absencesAreRecognisedInTheirUsualWordingsButDisagreementsAreNot() {
    assertEquals(1, absences("x.es.md", "Las fuentes resumidas no nombran a los socios.").size());
    assertEquals(1, absences("x.es.md", "No se encontró una evaluación.").size());
    assertEquals(0, absences("x.es.md", "Las fuentes no coinciden sobre el monto.").size());
    assertEquals(1, absences("x.en.md", "The sources consulted do not name them.").size());
    assertEquals(0, absences("x.en.md", "The two sources do not contradict each other.").size());
    assertEquals(0, absences("x.en.md", "It is not given an effectiveness rating.").size());
  }

  @Test
  void everyCountryOfTheTaxonomyHasAnEntryOrIsExplainedInTheReadme() throws IOException {
    String readme = Files.readString(CONTENT.resolve("README.md"), StandardCharsets.UTF_8);
    Set<String> covered =
        FILES.values().stream().flatMap(fm -> fm.countries().stream()).collect(Collectors.toSet());
    List<String> missing = new ArrayList<>();
    for (String code : taxonomy.countries().slugs()) {
      if (code.equals(Taxonomy.REGIONAL) || covered.contains(code)) {
        continue;
      }
      String es = taxonomy.countryLabel(code, "es");
      String en = taxonomy.countryLabel(code, "en");
      if (!readme.contains(es) || !readme.contains(en)) {
        missing.add(code + " (" + en + ") has no entry and content/README.md does not explain why");
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyRatingOfPromisingOrBetterCitesTheEvaluationItself() {
    List<String> unsupported = new ArrayList<>();
    FILES.forEach(
        (file, fm) -> {
          String rating = fm.evidence().rating();
          if (!"promising".equals(rating) && !"effective".equals(rating)) {
            return;
          }
          Set<String> evaluations =
              fm.sources().stream()
                  .filter(s -> "evaluation".equals(s.type()))
                  .map(CaseStudySource::url)
                  .collect(Collectors.toSet());
          if (fm.evidence().outcomes().stream().noneMatch(o -> evaluations.contains(o.source()))) {
            unsupported.add(file + ": " + rating + " without an outcome citing a type: evaluation");
          }
        });
    assertEquals(List.of(), unsupported);
  }

  @Test
  @Disabled(
      "enabled once the rewritten experiences, studies and CONOSE entries (issue 13) are on main")
  void theCorpusHasAtLeastFortyCaseStudies() {
    assertTrue(VERSIONS.size() >= 40, "case studies: " + VERSIONS.size());
  }

  /** A section with what the sources found, not only a description of the programme. */
  static final Pattern FINDINGS_HEADING =
      Pattern.compile(
          "^## .*\\b(impacto|resultados?|hallazgos|uso en la región|impact|results?|findings"
              + "|use in the region)\\b.*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE);

  static final int MIN_FINDINGS_WORDS = 40;

  @Test
  @Disabled(
      "enabled once the rewritten experiences, studies and CONOSE entries (issue 13) are on main")
  void everyFileHasAFindingsOrResultsSectionWithContent() {
    List<String> without = new ArrayList<>();
    MARKDOWN.forEach(
        (file, markdown) -> {
          int words = findingsWords(markdown);
          if (words < MIN_FINDINGS_WORDS) {
            without.add(
                file
                    + (words < 0
                        ? ": no ## Impact / Results / Findings section"
                        : ": its findings section has " + words + " words"));
          }
        });
    assertEquals(List.of(), without);
  }

  @Test
  void aFindingsSectionIsRecognisedByItsHeadingAndMeasuredUpToTheNextOne() {
    assertEquals(-1, findingsWords("## Contexto\n\nTexto.\n"));
    assertEquals(
        3,
        findingsWords("## Contexto\n\nA.\n\n## Resultados\n\nuno dos tres\n\n## Lecciones\n\nB\n"));
    assertEquals(2, findingsWords("## Impact and evaluation\n\none two\n"));
  }

  static List<String> absences(String file, String markdown) {
    Pattern pattern = file.endsWith(".es.md") ? ABSENCE_ES : ABSENCE_EN;
    List<String> found = new ArrayList<>();
    for (String sentence : markdown.split("(?<=[.!?])\\s+|\\n")) {
      if (pattern.matcher(sentence.toLowerCase(Locale.ROOT)).find()) {
        found.add(sentence.strip());
      }
    }
    return found;
  }

  /** Words in the first findings section, or -1 when there is none. */
  static int findingsWords(String markdown) {
    Matcher heading = FINDINGS_HEADING.matcher(markdown);
    if (!heading.find()) {
      return -1;
    }
    String rest = markdown.substring(heading.end());
    int next = rest.indexOf("\n## ");
    String section = (next < 0 ? rest : rest.substring(0, next)).strip();
    return section.isEmpty() ? 0 : section.split("\\s+").length;
  }

  static boolean isDeepLink(String url) {
    try {
      URI uri = new URI(url.trim());
      boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      boolean beyondHost = !path.isEmpty() && !path.equals("/") || uri.getRawQuery() != null;
      return web && uri.getHost() != null && beyondHost;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  /** The Markdown after the front matter, as the author wrote it. */
  private static String markdownBody(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
      int end = text.indexOf("\n---\n", 4);
      return end < 0 ? text : text.substring(end + 5);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void check(
      List<String> mismatches, String id, String field, Object es, Object en) {
    if (!java.util.Objects.equals(es, en)) {
      mismatches.add(id + ": " + field + " differs: es=" + es + " en=" + en);
    }
  }
}
