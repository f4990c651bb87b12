package org.casoteca.content;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Parses and validates one Markdown case-study file (format v1): strict UTF-8, YAML front matter
 * read safely, values checked against the taxonomy, body rendered to sanitized HTML. Every problem
 * is reported at once with line and column; a file with any problem yields no case study.
 */
@Singleton
public class CaseStudyParser {

  private final Taxonomy taxonomy;
  private final MarkdownRenderer renderer;

  public CaseStudyParser(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    this.renderer = new MarkdownRenderer();
  }

  /**
   * Parses {@code bytes}.
   *
   * @param file how the file is named in problems
   * @param folderCollection the collection implied by the file's folder, or null when it has none
   */
  public ParseResult parse(String file, byte[] bytes, @Nullable String folderCollection) {
    ProblemSink problems = new ProblemSink(file);
    if (bytes.length > ParseLimits.MAX_FILE_BYTES) {
      problems.at(
          SourcePosition.START,
          "",
          "the file has "
              + bytes.length
              + " bytes; at most "
              + ParseLimits.MAX_FILE_BYTES
              + " are allowed");
      return ParseResult.invalid(problems.problems());
    }
    Optional<SplitFile> split =
        DecodedText.decode(bytes, problems).flatMap(text -> SplitFile.split(text, problems));
    if (split.isEmpty()) {
      return ParseResult.invalid(problems.problems());
    }
    var read = FrontMatterReader.read(split.get(), problems);
    if (read.isEmpty()) {
      return ParseResult.invalid(problems.problems());
    }
    new FrontMatterValidator(taxonomy, problems, read.get().positions())
        .validate(read.get().frontMatter(), folderCollection);
    if (!problems.isEmpty()) {
      return ParseResult.invalid(problems.problems());
    }
    String markdown = new String(bytes, StandardCharsets.UTF_8);
    return new ParseResult(
        Optional.of(
            new ParsedCaseStudy(
                read.get().frontMatter(), markdown, renderer.render(split.get().body()))),
        problems.problems());
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }
}
