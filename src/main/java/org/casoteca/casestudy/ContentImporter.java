package org.casoteca.casestudy;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.casoteca.content.CaseStudyFileName;
import org.casoteca.content.CaseStudyParser;
import org.casoteca.content.MarkdownRenderer;
import org.casoteca.content.ParseResult;
import org.casoteca.content.Problem;
import org.casoteca.content.Taxonomy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the content folder into the database: new and changed files are stored, unchanged ones are
 * recognised by their content hash and cost nothing, files deleted from the folder are unpublished.
 * An invalid file is skipped and reported; its previous version, if any, stays.
 */
@Singleton
public class ContentImporter {

  private static final Logger LOG = LoggerFactory.getLogger(ContentImporter.class);

  private final CaseStudyParser parser;
  private final Taxonomy taxonomy;
  private final CaseStudyWriter writer;
  private final TranslationRepository translations;
  private volatile ImportReport lastReport = ImportReport.notRun("");

  ContentImporter(
      CaseStudyParser parser, CaseStudyWriter writer, TranslationRepository translations) {
    this.parser = parser;
    this.taxonomy = parser.taxonomy();
    this.writer = writer;
    this.translations = translations;
  }

  public ImportReport lastReport() {
    return lastReport;
  }

  /** Imports {@code contentRoot}; never throws for bad content, only reports it. */
  public synchronized ImportReport importFolder(Path contentRoot) {
    ImportCounters counters = new ImportCounters();
    if (!Files.isDirectory(contentRoot)) {
      counters.problem(
          new Problem(contentRoot.toString(), 1, 1, "", "the content folder does not exist"));
      return finish(counters, contentRoot);
    }
    Map<String, ImportedFile> known = new HashMap<>();
    translations.listImportedFiles().forEach(f -> known.put(f.caseStudyId() + "." + f.lang(), f));
    Map<String, ImportedFile> reviewed = new HashMap<>();
    translations
        .listSubmissionOwned()
        .forEach(f -> reviewed.put(f.caseStudyId() + "." + f.lang(), f));
    Map<String, String> ownerFolderOfId = new HashMap<>();
    Set<String> present = new HashSet<>();
    for (String collection : taxonomy.collections().slugs()) {
      String folder = taxonomy.folderOf(collection);
      for (Path file : markdownFiles(contentRoot.resolve(folder), counters)) {
        String label = folder + "/" + file.getFileName();
        counters.seen();
        Optional<CaseStudyFileName> name = CaseStudyFileName.parse(file.getFileName().toString());
        if (name.isEmpty()) {
          counters.skipped(List.of(new Problem(label, 1, 1, "", CaseStudyFileName.expectation())));
          continue;
        }
        String owner = ownerFolderOfId.putIfAbsent(name.get().id(), folder);
        if (owner != null && !owner.equals(folder)) {
          counters.skipped(
              List.of(
                  new Problem(
                      label,
                      1,
                      1,
                      "",
                      "the id '" + name.get().id() + "' is already used in " + owner + "/")));
          continue;
        }
        present.add(name.get().id() + "." + name.get().lang());
        ImportedFile owned = reviewed.get(name.get().id() + "." + name.get().lang());
        if (owned != null) {
          keepReviewed(file, label, owned, counters);
          continue;
        }
        importFile(
            file,
            label,
            collection,
            name.get(),
            known.get(name.get().id() + "." + name.get().lang()),
            counters);
      }
    }
    if (counters.listingFailed()) {
      LOG.warn("A content folder could not be listed: nothing is unpublished in this run");
    } else {
      unpublishMissing(known, present, counters);
    }
    return finish(counters, contentRoot);
  }

  private void importFile(
      Path file,
      String label,
      String collection,
      CaseStudyFileName name,
      ImportedFile known,
      ImportCounters counters) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      counters.skipped(List.of(new Problem(label, 1, 1, "", "cannot be read: " + e.getMessage())));
      return;
    }
    String hash = sha256(bytes);
    if (known != null
        && known.published()
        && hash.equals(known.contentHash())
        && known.renderVersion() == MarkdownRenderer.VERSION
        && label.equals(known.sourcePath())) {
      counters.unchanged();
      return;
    }
    ParseResult result = parser.parse(label, bytes, collection);
    if (result.caseStudy().isEmpty()) {
      result.problems().forEach(p -> LOG.warn("Skipped {}", p));
      counters.skipped(result.problems());
      return;
    }
    writer.publish(
        new NewVersion(
            name.id(), name.lang(), Origin.CONTENT, label, hash, result.caseStudy().get()));
    counters.imported();
  }

  /**
   * A language version published through the review workflow is never overwritten by a file: the
   * same text (as in an export of the database) is "unchanged"; a different one is skipped.
   */
  private static void keepReviewed(
      Path file, String label, ImportedFile owned, ImportCounters counters) {
    try {
      if (sha256(Files.readAllBytes(file)).equals(owned.contentHash())) {
        counters.unchanged();
        return;
      }
    } catch (IOException e) {
      counters.skipped(List.of(new Problem(label, 1, 1, "", "cannot be read: " + e.getMessage())));
      return;
    }
    counters.skipped(
        List.of(
            new Problem(
                label,
                1,
                1,
                "",
                "owned by the review workflow: this language version was published from a"
                    + " submission; change it through a submission, or export the database")));
  }

  private void unpublishMissing(
      Map<String, ImportedFile> known, Set<String> present, ImportCounters counters) {
    known.forEach(
        (key, file) -> {
          if (file.published() && !present.contains(key)) {
            writer
                .unpublish(file.caseStudyId(), file.lang())
                .ifPresent(seq -> counters.unpublished());
          }
        });
  }

  private static List<Path> markdownFiles(Path folder, ImportCounters counters) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".md"))
          .sorted()
          .toList();
    } catch (IOException e) {
      counters.listingFailed(
          new Problem(folder.toString(), 1, 1, "", "cannot be listed: " + e.getMessage()));
      return List.of();
    }
  }

  private ImportReport finish(ImportCounters counters, Path contentRoot) {
    ImportReport report = counters.report(contentRoot.toString());
    lastReport = report;
    LOG.info(
        "Content import from {}: {} files, {} imported, {} unchanged, {} unpublished, {} skipped",
        contentRoot,
        report.filesSeen(),
        report.imported(),
        report.unchanged(),
        report.unpublished(),
        report.skipped());
    return report;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
