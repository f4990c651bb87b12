package org.casoteca.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled corpus passes the project's own validator, every case study exists in Spanish and
 * English with the same facts, and every body is of a useful length.
 */
class CorpusTest {

  private static final Path CONTENT = Path.of("content");
  private static final Map<String, Map<String, FrontMatter>> VERSIONS = new TreeMap<>();
  private static final Map<String, String> BODIES = new TreeMap<>();
  private static final List<Problem> PROBLEMS = new ArrayList<>();

  @BeforeAll
  static void parseEverything() throws IOException {
    Taxonomy taxonomy = TaxonomyLoader.load(CONTENT.resolve("taxonomy.yml"));
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

  private static void check(
      List<String> mismatches, String id, String field, Object es, Object en) {
    if (!java.util.Objects.equals(es, en)) {
      mismatches.add(id + ": " + field + " differs: es=" + es + " en=" + en);
    }
  }
}
