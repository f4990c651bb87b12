package org.casoteca.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader's query split into the pieces that matter for rewriting it: quoted phrases and excluded
 * words (left alone), plain words (which may be corrected or expanded), and everything else
 * (operators, spaces), kept as typed.
 */
record QueryText(List<Piece> pieces) {

  private static final Pattern PIECES =
      Pattern.compile(
          "\"[^\"]*\"?|(?<![\\p{L}\\p{N}])-[\\p{L}\\p{N}]+|[\\p{L}\\p{N}]+|-|[^\\p{L}\\p{N}\"-]+");

  /** One piece of the query; {@code word} is true for a plain, rewritable word. */
  record Piece(String text, boolean word) {}

  static QueryText of(String query) {
    List<Piece> pieces = new ArrayList<>();
    Matcher m = PIECES.matcher(query);
    while (m.find()) {
      String text = m.group();
      boolean word = Character.isLetterOrDigit(text.codePointAt(0));
      pieces.add(new Piece(text, word));
    }
    return new QueryText(pieces);
  }

  /**
   * True when the piece at {@code i} only separates words (spaces, or the hyphen of
   * "gender-based"), so the words around it can form a multi-word term.
   */
  boolean isSpace(int i) {
    if (i < 0 || i >= pieces.size() || pieces.get(i).word()) {
      return false;
    }
    String text = pieces.get(i).text();
    return text.isBlank() || text.equals("-");
  }

  String join() {
    StringBuilder text = new StringBuilder();
    pieces.forEach(p -> text.append(p.text()));
    return text.toString();
  }
}
