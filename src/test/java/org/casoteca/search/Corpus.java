package org.casoteca.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.casoteca.casestudy.PublishedCaseStudy;
import org.casoteca.casestudy.PublishedVersion;
import org.casoteca.content.CaseStudyFileName;
import org.casoteca.content.CaseStudyParser;
import org.casoteca.content.ParsedCaseStudy;
import org.casoteca.content.Taxonomy;

/** The bundled corpus of {@code content/}, parsed as the application parses it. */
final class Corpus {

  private Corpus() {}

  static List<PublishedCaseStudy> bundled() {
    Taxonomy taxonomy = TestCaseStudies.taxonomy();
    CaseStudyParser parser = new CaseStudyParser(taxonomy);
    Map<String, List<PublishedVersion>> versions = new LinkedHashMap<>();
    Map<String, String> collections = new LinkedHashMap<>();
    for (String collection : taxonomy.collections().slugs()) {
      Path folder = Path.of("content", taxonomy.folderOf(collection));
      for (Path file : markdownFiles(folder)) {
        CaseStudyFileName name =
            CaseStudyFileName.parse(file.getFileName().toString()).orElseThrow();
        ParsedCaseStudy parsed = parse(parser, file, collection);
        collections.put(name.id(), collection);
        versions
            .computeIfAbsent(name.id(), k -> new ArrayList<>())
            .add(
                new PublishedVersion(
                    name.lang(),
                    parsed.frontMatter(),
                    parsed.markdown(),
                    parsed.body().html(),
                    parsed.body().plainText(),
                    parsed.body().headings(),
                    Instant.EPOCH));
      }
    }
    List<PublishedCaseStudy> all = new ArrayList<>();
    versions.forEach((id, list) -> all.add(new PublishedCaseStudy(id, collections.get(id), list)));
    return all;
  }

  private static ParsedCaseStudy parse(CaseStudyParser parser, Path file, String collection) {
    try {
      return parser
          .parse(file.toString(), Files.readAllBytes(file), collection)
          .caseStudy()
          .orElseThrow(() -> new IllegalStateException(file + " is not valid"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> markdownFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
