package org.casoteca.submission;

import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casoteca.casestudy.CaseStudies;
import org.casoteca.casestudy.PublishedCaseStudy;
import org.casoteca.content.CaseStudyFileName;
import org.casoteca.content.CaseStudyParser;
import org.casoteca.content.FrontMatter;
import org.casoteca.content.Languages;
import org.casoteca.content.ParseResult;
import org.casoteca.content.Problem;
import org.casoteca.web.InvalidContentException;

/**
 * The one validator every way in goes through (form, upload, API): the case-study parser of the
 * content folder, plus the submission's id and language, plus consistency with what is published.
 */
@Singleton
public class SubmissionChecker {

  /** The parser's own file limit; a longer text cannot even be kept as a draft. */
  public static final int MAX_BYTES = 1024 * 1024;

  private static final Pattern TITLE = Pattern.compile("(?m)^title:[ \\t]*(.+?)[ \\t]*$");
  private static final Pattern COLLECTION = Pattern.compile("(?m)^collection:[ \\t]*([a-z]+)");

  private final CaseStudyParser parser;
  private final CaseStudies caseStudies;

  SubmissionChecker(CaseStudyParser parser, CaseStudies caseStudies) {
    this.parser = parser;
    this.caseStudies = caseStudies;
  }

  /**
   * Checks {@code bytes} as the {@code lang} version of case study {@code id}. Throws {@link
   * InvalidContentException} (400) when the bytes cannot be stored at all: too long, not UTF-8, or
   * containing NUL. Any other problem is returned, so a draft can still be kept.
   */
  public CheckedText check(String id, String lang, byte[] bytes) {
    String label = id + "." + lang + ".md";
    String text = storableText(label, bytes);
    List<Problem> problems = new ArrayList<>();
    if (!CaseStudyFileName.isValidId(id)) {
      problems.add(new Problem(label, 1, 1, "id", CaseStudyFileName.expectation()));
    }
    if (!Languages.isSupported(lang)) {
      problems.add(new Problem(label, 1, 1, "lang", "must be es or en"));
    }
    ParseResult result = parser.parse(label, bytes, null);
    problems.addAll(result.problems());
    result.caseStudy().ifPresent(cs -> checkCollection(id, label, cs.frontMatter(), problems));
    String title =
        result
            .caseStudy()
            .map(cs -> cs.frontMatter().title())
            .orElseGet(() -> guessTitle(text, id));
    String collection =
        result
            .caseStudy()
            .map(cs -> cs.frontMatter().collection())
            .orElseGet(() -> guessCollection(text));
    return new CheckedText(
        text,
        sha256(bytes),
        problems.isEmpty() ? result.caseStudy() : Optional.empty(),
        problems,
        title,
        collection);
  }

  /**
   * {@link #check}, but refusing (400) a text whose body is too deep or too large to be shown: what
   * cannot be shown is never stored, not even as a draft.
   */
  public CheckedText checkToStore(String id, String lang, byte[] bytes) {
    CheckedText text = check(id, lang, bytes);
    if (parser.unshowable(id + "." + lang + ".md", text.markdown()).isPresent()) {
      throw new InvalidContentException(text.problems());
    }
    return text;
  }

  /** Whether {@code lang} of {@code id} is published now. */
  public boolean isPublished(String id, String lang) {
    return caseStudies.findPublished(id).flatMap(p -> p.version(lang)).isPresent();
  }

  private void checkCollection(
      String id, String label, FrontMatter frontMatter, List<Problem> problems) {
    Optional<PublishedCaseStudy> published = caseStudies.findPublished(id);
    if (published.isPresent() && !published.get().collection().equals(frontMatter.collection())) {
      problems.add(
          new Problem(
              label,
              1,
              1,
              "collection",
              "the published case study '"
                  + id
                  + "' is in the collection '"
                  + published.get().collection()
                  + "'; a language version cannot move it"));
    }
  }

  private String storableText(String label, byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw new InvalidContentException(
          List.of(
              new Problem(
                  label,
                  1,
                  1,
                  "",
                  "the text has "
                      + bytes.length
                      + " bytes; at most "
                      + MAX_BYTES
                      + " are allowed")));
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidContentException(parser.parse(label, bytes, null).problems());
    }
    if (text.indexOf('\0') >= 0) {
      // PostgreSQL cannot store NUL in text; the parser says where it is.
      throw new InvalidContentException(parser.parse(label, bytes, null).problems());
    }
    return text;
  }

  private static String guessTitle(String text, String id) {
    Matcher m = TITLE.matcher(text.length() > 8192 ? text.substring(0, 8192) : text);
    if (!m.find()) {
      return id;
    }
    String title = m.group(1).replaceAll("^[\"']|[\"']$", "");
    return title.length() > 200 ? title.substring(0, 200) : title;
  }

  private String guessCollection(String text) {
    Matcher m = COLLECTION.matcher(text.length() > 8192 ? text.substring(0, 8192) : text);
    return m.find() && parser.taxonomy().collections().slugs().contains(m.group(1))
        ? m.group(1)
        : null;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
