package org.casoteca.content;

import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Validates Markdown files as contributors and curators would in their own copy of the corpus: the
 * same parser and taxonomy as the application, without a database or a server. Folders are searched
 * for case-study files inside collection folders; named files are checked whatever their place,
 * with the collection of their folder when it is one.
 */
public final class CorpusValidator {

  private final Taxonomy taxonomy;
  private final CaseStudyParser parser;

  private CorpusValidator(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    this.parser = new CaseStudyParser(taxonomy);
  }

  /**
   * A validator with {@code taxonomyFile}, or the first taxonomy.yml in or above the given paths,
   * or else the taxonomy bundled with the application (a contributor checking a draft in a folder
   * of their own).
   */
  public static CorpusValidator forPaths(List<Path> paths, @Nullable Path taxonomyFile) {
    if (taxonomyFile != null) {
      return new CorpusValidator(TaxonomyLoader.load(taxonomyFile));
    }
    return new CorpusValidator(
        paths.stream()
            .map(CorpusValidator::findTaxonomy)
            .flatMap(Optional::stream)
            .findFirst()
            .map(TaxonomyLoader::load)
            .orElseGet(TaxonomyLoader::loadBundled));
  }

  /** Every problem of every file; files that cannot be listed or read are problems too. */
  public List<Problem> validate(List<Path> paths) {
    List<Problem> problems = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        for (Path file : caseStudyFiles(path, problems)) {
          problems.addAll(validateFile(file));
        }
      } else if (Files.isRegularFile(path)) {
        problems.addAll(validateFile(path));
      } else {
        problems.add(new Problem(path.toString(), 1, 1, "", "no such file or folder"));
      }
    }
    return problems;
  }

  /** How many files {@link #validate} looked at, for a summary line. */
  public int countFiles(List<Path> paths) {
    int count = 0;
    for (Path path : paths) {
      count += Files.isDirectory(path) ? caseStudyFiles(path, new ArrayList<>()).size() : 1;
    }
    return count;
  }

  private List<Problem> validateFile(Path file) {
    String label = file.toString();
    String name = file.getFileName().toString();
    List<Problem> problems = new ArrayList<>();
    if (CaseStudyFileName.parse(name).isEmpty()) {
      problems.add(new Problem(label, 1, 1, "", CaseStudyFileName.expectation()));
    }
    String folderCollection =
        file.getParent() == null
            ? null
            : taxonomy.collectionOfFolder(file.getParent().getFileName().toString()).orElse(null);
    try {
      problems.addAll(parser.parse(label, Files.readAllBytes(file), folderCollection).problems());
    } catch (IOException e) {
      problems.add(new Problem(label, 1, 1, "", "cannot be read: " + e.getMessage()));
    }
    return problems;
  }

  private List<Path> caseStudyFiles(Path root, List<Problem> problems) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(".md"))
          .filter(
              f ->
                  f.getParent() != null
                      && taxonomy
                          .collectionOfFolder(f.getParent().getFileName().toString())
                          .isPresent())
          .sorted()
          .toList();
    } catch (IOException e) {
      problems.add(new Problem(root.toString(), 1, 1, "", "cannot be listed: " + e.getMessage()));
      return List.of();
    }
  }

  private static Optional<Path> findTaxonomy(Path start) {
    Path dir = start.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      dir = dir.getParent();
    }
    while (dir != null) {
      Path candidate = dir.resolve("taxonomy.yml");
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
      Path nested = dir.resolve("content").resolve("taxonomy.yml");
      if (Files.isRegularFile(nested)) {
        return Optional.of(nested);
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }
}
