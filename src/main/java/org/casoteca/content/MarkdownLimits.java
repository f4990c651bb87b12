package org.casoteca.content;

import java.util.Optional;

/**
 * Structural caps on a Markdown text, checked in one linear pass before Flexmark sees it. Flexmark
 * parses and renders nested blocks recursively (a few hundred nested list markers overflow a
 * thread's stack) and walks every open container on every line (deep indentation costs the square
 * of its depth), so what is too deep or has too many headings is refused up front, with the line
 * and column where the limit was passed; so is a text with more lines than Flexmark renders in a
 * fraction of a second. The nesting counted here over-estimates Flexmark's (two columns of
 * indentation count as one level), so that no text under the cap can be deeper.
 */
final class MarkdownLimits {

  /** Nested lists, quotes, links and emphasis together; real case studies use three or four. */
  static final int MAX_NESTING = 32;

  /** Headings (each becomes a table-of-contents entry). */
  static final int MAX_HEADINGS = 2000;

  /**
   * Lines: Flexmark's cost grows with them (100,000 one-line paragraphs took seconds). The longest
   * case study has under 150; a file at the size limit with 80-character lines has about 13,000.
   */
  static final int MAX_LINES = 20_000;

  /** Where a text passes a limit, and which (as a message for the contributor). */
  record Violation(int line, int column, String message) {}

  private MarkdownLimits() {}

  /** The first place where {@code text} passes a limit, or empty when it can be rendered. */
  static Optional<Violation> check(String text) {
    int headings = 0;
    int line = 1;
    int start = 0;
    int length = text.length();
    Inline inline = new Inline();
    while (start <= length) {
      if (line > MAX_LINES) {
        return Optional.of(
            new Violation(
                line, 1, "the text has more than " + MAX_LINES + " lines; shorten or split it"));
      }
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = length;
      }
      int[] depthAndColumn = nesting(text, start, end);
      if (depthAndColumn[0] > MAX_NESTING) {
        return Optional.of(tooDeep(line, depthAndColumn[1]));
      }
      int content = depthAndColumn[2];
      if (text.substring(content, end).isBlank()) {
        // A blank line ends the paragraph: its unclosed brackets and emphasis end with it.
        inline = new Inline();
      }
      int passedAt = inline.scan(text, content, end, MAX_NESTING - depthAndColumn[0]);
      if (passedAt >= 0) {
        return Optional.of(tooDeep(line, passedAt - start + 1));
      }
      if (isHeading(text, content, end) && ++headings > MAX_HEADINGS) {
        return Optional.of(
            new Violation(
                line, 1, "the text has more than " + MAX_HEADINGS + " headings; use fewer"));
      }
      start = end + 1;
      line++;
    }
    return Optional.empty();
  }

  private static Violation tooDeep(int line, int column) {
    return new Violation(
        line,
        column,
        "lists, quotes, links and emphasis are nested more than "
            + MAX_NESTING
            + " levels deep here; nest them less");
  }

  /**
   * Open brackets and emphasis of the current paragraph: a bracket or a run of {@code *}, {@code _}
   * or {@code ~} that can only open (text follows, space precedes) counts one level, one that can
   * only close takes one away. Flexmark nests links, images and emphasis in the same way.
   */
  private static final class Inline {
    private int brackets;
    private int emphasis;

    /** The offset where the depth first passes {@code allowed}, or -1. */
    int scan(String text, int from, int end, int allowed) {
      int i = from;
      while (i < end) {
        char c = text.charAt(i);
        if (c == '\\') {
          i += 2;
          continue;
        }
        if (c == '[') {
          brackets++;
        } else if (c == ']') {
          brackets = Math.max(0, brackets - 1);
        } else if (c == '*' || c == '_' || c == '~') {
          int j = i;
          while (j < end && text.charAt(j) == c) {
            j++;
          }
          boolean opens = j < end && !Character.isWhitespace(text.charAt(j));
          boolean closes = i > from && !Character.isWhitespace(text.charAt(i - 1));
          if (opens && !closes) {
            emphasis++;
          } else if (closes && !opens) {
            emphasis = Math.max(0, emphasis - 1);
          }
          i = j - 1;
        }
        if (brackets + emphasis > allowed) {
          return i;
        }
        i++;
      }
      return -1;
    }
  }

  /**
   * {depth, 1-based column where the depth passed the cap, offset of the line's content}: the
   * container markers ({@code >}, {@code -}, {@code +}, {@code *}, {@code 1.}, {@code 1)}) at the
   * start of the line, plus half the indentation in front of each, since indented markers nest in
   * the items above them.
   */
  private static int[] nesting(String text, int start, int end) {
    if (isThematicBreak(text, start, end)) {
      return new int[] {0, 1, end};
    }
    int depth = 0;
    int indent = 0;
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (c == ' ') {
        indent++;
        i++;
        continue;
      }
      if (c == '\t') {
        indent += 4;
        i++;
        continue;
      }
      int marker = markerLength(text, i, end);
      if (marker == 0) {
        break;
      }
      depth += 1 + indent / 2;
      indent = 0;
      i += marker;
      if (depth > MAX_NESTING) {
        // The rest of the line does not matter: it is refused.
        return new int[] {depth, i - start, i};
      }
    }
    return new int[] {depth, 1, i};
  }

  /** A line of only {@code -}, {@code *} or {@code _} and spaces is a rule, not nested lists. */
  private static boolean isThematicBreak(String text, int start, int end) {
    int marks = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '-' || c == '*' || c == '_') {
        marks++;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return marks >= 3;
  }

  /** Length of the block-container marker at {@code i}, or 0 when there is none. */
  private static int markerLength(String text, int i, int end) {
    char c = text.charAt(i);
    if (c == '>') {
      return 1;
    }
    if (c == '-' || c == '+' || c == '*') {
      return followedBySpace(text, i + 1, end) ? 1 : 0;
    }
    int j = i;
    while (j < end && j - i < 9 && Character.isDigit(text.charAt(j))) {
      j++;
    }
    if (j > i && j < end && (text.charAt(j) == '.' || text.charAt(j) == ')')) {
      return followedBySpace(text, j + 1, end) ? j + 1 - i : 0;
    }
    return 0;
  }

  private static boolean followedBySpace(String text, int i, int end) {
    return i >= end || text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r';
  }

  /** An ATX heading ({@code #} to {@code ######} then a space or the end) or a setext underline. */
  private static boolean isHeading(String text, int i, int end) {
    int j = i;
    while (j < end && text.charAt(j) == '#') {
      j++;
    }
    if (j > i && j - i <= 6) {
      return followedBySpace(text, j, end);
    }
    if (i < end && text.charAt(i) == '=') {
      int k = i;
      while (k < end && text.charAt(k) == '=') {
        k++;
      }
      return text.substring(k, end).isBlank();
    }
    return false;
  }
}
