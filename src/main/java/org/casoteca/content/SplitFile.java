package org.casoteca.content;

import java.util.Optional;

/**
 * A file split into its YAML front matter and Markdown body, with the line each starts on so that
 * positions inside either can be reported against the whole file.
 */
record SplitFile(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

  private static final String FENCE = "---";

  /** Splits {@code text}; reports a missing or unterminated front matter and returns empty. */
  static Optional<SplitFile> split(String text, ProblemSink problems) {
    String[] lines = text.split("\n", -1);
    if (lines.length == 0 || !FENCE.equals(stripped(lines[0]))) {
      problems.at(SourcePosition.START, "", "the file must start with front matter: a line '---'");
      return Optional.empty();
    }
    for (int i = 1; i < lines.length; i++) {
      String line = stripped(lines[i]);
      if (FENCE.equals(line) || "...".equals(line)) {
        String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
        return Optional.of(new SplitFile(yaml, 2, body, i + 2));
      }
    }
    problems.at(SourcePosition.START, "", "the front matter has no closing '---' line");
    return Optional.empty();
  }

  private static String stripped(String line) {
    return line.endsWith("\r")
        ? line.substring(0, line.length() - 1).stripTrailing()
        : line.stripTrailing();
  }
}
