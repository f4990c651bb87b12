package org.casoteca.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identity a file name gives a language version: {@code <id>.<lang>.md} inside a collection
 * folder (the Hugo convention).
 */
public record CaseStudyFileName(String id, String lang) {

  public static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
  private static final Pattern FILE_NAME = Pattern.compile("(.+)\\.([a-z]{2})\\.md");
  private static final int MIN_ID = 3;
  private static final int MAX_ID = 80;

  /** Parses a bare file name such as {@code sv-ciudad-mujer.es.md}; empty if it is not one. */
  public static Optional<CaseStudyFileName> parse(String fileName) {
    Matcher m = FILE_NAME.matcher(fileName);
    if (!m.matches() || !isValidId(m.group(1)) || !Languages.isSupported(m.group(2))) {
      return Optional.empty();
    }
    return Optional.of(new CaseStudyFileName(m.group(1), m.group(2)));
  }

  public static boolean isValidId(String id) {
    return id.length() >= MIN_ID && id.length() <= MAX_ID && ID.matcher(id).matches();
  }

  /** The message shown when a file name does not follow the convention. */
  public static String expectation() {
    return "file name must be <id>.<lang>.md with an id of "
        + MIN_ID
        + "-"
        + MAX_ID
        + " lower-case letters, digits and single hyphens and a language of "
        + String.join(", ", Languages.SUPPORTED);
  }
}
