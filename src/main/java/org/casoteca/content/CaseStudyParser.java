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
    // Checked before anything else, so that a text too deep to show is refused even when its
    // front matter has problems too (a draft must never be kept if its page cannot be shown).
    text.flatMap(MarkdownLimits::check).ifPresent(v -> problems.at(position(v), "", v.message()));
    Optional<SplitFile> split = text.flatMap(t -> SplitFile.split(t, problems));
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
    return MarkdownLimits.check(text)
        .map(v -> new Problem(file, v.line(), v.column(), "", v.message()));
  }

  private static SourcePosition position(MarkdownLimits.Violation v) {
    return new SourcePosition(v.line(), v.column());
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }
}
