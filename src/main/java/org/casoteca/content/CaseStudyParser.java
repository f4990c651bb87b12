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
    Optional<String> text = DecodedText.decode(bytes, problems);
    Optional<SplitFile> split = text.flatMap(t -> SplitFile.split(t, problems));
    // Checked before the front matter is read, so that a body too deep to show is refused even
    // when the front matter has problems too (a draft must never be kept if it cannot be shown).
    text.flatMap(t -> bodyViolation(t, split))
        .ifPresent(v -> problems.at(new SourcePosition(v.line(), v.column()), "", v.message()));
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
    RenderedBody body;
    try {
      body = renderer.render(split.get().body());
    } catch (UnrenderableMarkdownException e) {
      problems.at(
          new SourcePosition(split.get().bodyFirstLine() + e.line() - 1, e.column()),
          "",
          e.getMessage());
      return ParseResult.invalid(problems.problems());
    }
    return new ParseResult(
        Optional.of(new ParsedCaseStudy(read.get().frontMatter(), markdown, body)),
        problems.problems());
  }

  /**
   * Where {@code text} (a whole file, or a draft that may lack front matter) is too deep or too
   * large to be shown at all, or empty when it can be rendered. Such a text is never stored.
   */
  public Optional<Problem> unshowable(String file, String text) {
    return bodyViolation(text, SplitFile.split(text, new ProblemSink(file)))
        .map(v -> new Problem(file, v.line(), v.column(), "", v.message()));
  }

  /**
   * Where the body (the whole text when it has no front matter, as the preview then shows it all)
   * passes the {@link MarkdownLimits}, with the line counted in the whole text.
   */
  private static Optional<MarkdownLimits.Violation> bodyViolation(
      String text, Optional<SplitFile> split) {
    if (split.isEmpty()) {
      return MarkdownLimits.check(text);
    }
    int offset = split.get().bodyFirstLine() - 1;
    return MarkdownLimits.check(split.get().body())
        .map(v -> new MarkdownLimits.Violation(v.line() + offset, v.column(), v.message()));
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }
}
