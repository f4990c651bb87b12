package org.casoteca.casestudy;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.casoteca.content.CaseStudyFileName;
import org.casoteca.content.ContentConfiguration;
import org.casoteca.content.Taxonomy;

/**
 * Writes every published language version back as Markdown in the {@code content/} layout ({@code
 * <folder>/<id>.<lang>.md}), byte for byte as stored, so the Git-kept corpus and the database can
 * be reconciled. Importing the export changes nothing: every file hashes to what is stored.
 */
@Singleton
public class CorpusExporter {

  private final CaseStudies caseStudies;
  private final Taxonomy taxonomy;
  private final ContentConfiguration content;

  CorpusExporter(CaseStudies caseStudies, Taxonomy taxonomy, ContentConfiguration content) {
    this.caseStudies = caseStudies;
    this.taxonomy = taxonomy;
    this.content = content;
  }

  /** Exports into {@code target} (created when missing); returns the number of files written. */
  public int export(Path target) throws IOException {
    Files.createDirectories(target);
    int[] written = {0};
    IOException[] failure = {null};
    caseStudies.forEachPublished(
        200,
        batch -> {
          for (PublishedCaseStudy cs : batch) {
            String folder = taxonomy.folderOf(cs.collection());
            if (folder == null || !CaseStudyFileName.isValidId(cs.id())) {
              continue;
            }
            for (PublishedVersion v : cs.versions()) {
              try {
                write(target.resolve(folder), cs.id() + "." + v.lang() + ".md", v.markdown());
                written[0]++;
              } catch (IOException e) {
                failure[0] = e;
                return;
              }
            }
          }
        });
    if (failure[0] != null) {
      throw failure[0];
    }
    Path vocabulary = content.getPath().resolve("taxonomy.yml");
    if (Files.isRegularFile(vocabulary) && !Files.exists(target.resolve("taxonomy.yml"))) {
      // The export is a content folder that can be imported or validated on its own.
      Files.copy(vocabulary, target.resolve("taxonomy.yml"));
    }
    return written[0];
  }

  private static void write(Path folder, String name, String markdown) throws IOException {
    Files.createDirectories(folder);
    // Names come from validated ids and languages, never from an uploaded file name.
    Path tmp = Files.createTempFile(folder, ".export", ".tmp");
    Files.writeString(tmp, markdown, StandardCharsets.UTF_8);
    Files.move(tmp, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
