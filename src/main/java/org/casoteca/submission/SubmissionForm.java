package org.casoteca.submission;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.multipart.CompletedFileUpload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.casoteca.content.CaseStudyFileName;

/**
 * What the editor posts: the text typed, or a {@code .md} file that replaces it. The file's name
 * may suggest the id and language; it is matched against the file-name pattern and never used as a
 * path.
 */
record SubmissionForm(
    @Nullable String caseStudyId,
    @Nullable String caseStudyLang,
    @Nullable String markdown,
    byte @Nullable [] fileBytes,
    @Nullable String fileName,
    @Nullable String action) {

  /** Reads the upload once: its buffer is released after the first read. */
  static SubmissionForm of(
      @Nullable String caseStudyId,
      @Nullable String caseStudyLang,
      @Nullable String markdown,
      @Nullable CompletedFileUpload file,
      @Nullable String action) {
    byte[] bytes = null;
    String name = null;
    if (file != null && file.getSize() > 0) {
      try {
        bytes = file.getBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      name = file.getFilename();
    }
    return new SubmissionForm(caseStudyId, caseStudyLang, markdown, bytes, name, action);
  }

  boolean hasFile() {
    return fileBytes != null && fileBytes.length > 0;
  }

  byte[] bytes() {
    if (hasFile()) {
      return fileBytes.clone();
    }
    return (markdown == null ? "" : markdown).getBytes(StandardCharsets.UTF_8);
  }

  /** The text to show again in the editor (a file's bytes decoded leniently). */
  String textToKeep() {
    return hasFile()
        ? new String(fileBytes, StandardCharsets.UTF_8)
        : markdown == null ? "" : markdown;
  }

  Optional<CaseStudyFileName> nameFromFile() {
    if (!hasFile() || fileName == null) {
      return Optional.empty();
    }
    String name =
        fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    return CaseStudyFileName.parse(name);
  }

  String id() {
    if (caseStudyId != null && !caseStudyId.isBlank()) {
      return caseStudyId.strip();
    }
    return nameFromFile().map(CaseStudyFileName::id).orElse("");
  }

  String lang() {
    if (caseStudyLang != null && !caseStudyLang.isBlank()) {
      return caseStudyLang.strip();
    }
    return nameFromFile().map(CaseStudyFileName::lang).orElse("es");
  }

  String actionName() {
    return action == null ? "save" : action;
  }
}
